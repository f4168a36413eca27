package org.arbiter.cases;

import java.util.Objects;

import org.arbiter.api.vocabulary.NoticeKind;

/**
 * Something a person must be told about a case, raised by the aggregate in the transaction that changed it and
 * stored with it (the notification outbox), so that it is sent if and only if the change commits.
 *
 * @param message what happened, in the recipient's terms
 */
public record CaseNotice(Recipient recipient, NoticeKind kind, String message) {

    public CaseNotice {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(message);
    }
}
