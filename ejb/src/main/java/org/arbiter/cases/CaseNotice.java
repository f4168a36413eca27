package org.arbiter.cases;

import java.util.Objects;

import org.arbiter.api.vocabulary.NoticeKind;

/**
 * Something a person must be told about a case, raised by the aggregate in the transaction that changed it and
 * stored with it (the notification outbox), so that it is sent if and only if the change commits.
 *
 * @param text what happened, in the recipient's terms; the outbox writes it in the case's language
 */
public record CaseNotice(Recipient recipient, NoticeKind kind, NoticeText text) {

    public CaseNotice {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
    }
}
