package org.arbiter.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.cases.CaseNotice;
import org.arbiter.cases.DisputeCase;
import org.arbiter.cases.NoticeSink;
import org.arbiter.shared.DisplaySettings;

/**
 * Stores the notices a case raised, in the caller's transaction: they exist exactly when the change that
 * raised them committed.
 */
@ApplicationScoped
public class NotificationOutbox implements NoticeSink {

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSettings settings;

    @Inject
    DisplaySettings display;

    @Inject
    Clock clock;

    private NoticeWriter writer;

    @PostConstruct
    void prepare() {
        writer = new NoticeWriter(display.times());
    }

    @Override
    public void accept(DisputeCase disputeCase, List<CaseNotice> notices) {
        Instant now = clock.instant();
        boolean webhook = settings.webhookEnabled();
        // In the case's language, the one its complaint is written in and both parties read.
        String language = disputeCase.getClaim().getLanguage();
        for (CaseNotice notice : notices) {
            em.persist(new Notification(notice.recipient(), disputeCase.getId(), disputeCase.getCaseNumber().value(),
                    notice.kind(), writer.write(language, notice.text()), now, webhook));
        }
    }
}
