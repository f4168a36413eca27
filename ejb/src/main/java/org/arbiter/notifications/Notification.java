package org.arbiter.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.cases.Recipient;
import org.arbiter.shared.Text;

/** One notice for one recipient: an inbox entry, and the webhook channel's delivery state for it. */
@Entity
@Table(name = "notification")
// Only the changed columns: a reader marking it read and a sender recording a delivery change different ones.
@DynamicUpdate
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient", nullable = false, updatable = false, length = 80)
    private String recipient;

    /** A team's notice: {@link #recipient} is then the team's address, not a user id that might read the same. */
    @Column(name = "for_team", nullable = false, updatable = false)
    private boolean forTeam;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, updatable = false, length = 24)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 32)
    private NoticeKind kind;

    @Column(name = "message", nullable = false, updatable = false, length = 2000)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "webhook_state", nullable = false, length = 16)
    private WebhookState webhookState;

    @Column(name = "webhook_attempts", nullable = false)
    private int webhookAttempts;

    @Column(name = "webhook_next_attempt_at")
    private Instant webhookNextAttemptAt;

    @Column(name = "webhook_last_error", length = 500)
    private String webhookLastError;

    protected Notification() {
        // for JPA
    }

    Notification(Recipient recipient, Long caseId, String caseNumber, NoticeKind kind, String message, Instant now,
                 boolean webhook) {
        this.recipient = recipient.address();
        this.forTeam = recipient.team() != null;
        this.caseId = Objects.requireNonNull(caseId);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.kind = Objects.requireNonNull(kind);
        this.message = Text.cut(Objects.requireNonNull(message), 2000);
        this.createdAt = Objects.requireNonNull(now);
        this.webhookState = webhook ? WebhookState.PENDING : WebhookState.NONE;
        this.webhookNextAttemptAt = webhook ? now : null;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** A sender takes it for delivery; the lease ends the attempt if the sender never reports back. */
    void lease(Instant until) {
        webhookState = WebhookState.SENDING;
        webhookNextAttemptAt = until;
    }

    /** Whether this is still the lease a sender took until that time: no other node took it since. */
    boolean isLeasedUntil(Instant until) {
        return webhookState == WebhookState.SENDING && until.equals(webhookNextAttemptAt);
    }

    void delivered() {
        webhookState = WebhookState.DELIVERED;
        webhookNextAttemptAt = null;
        webhookLastError = null;
        webhookAttempts++;
    }

    /** A failed attempt: due again after an exponentially growing pause, or given up. */
    void failed(String error, Instant now, Duration backoff, int maxAttempts) {
        webhookAttempts++;
        webhookLastError = Text.cut(error, 500);
        if (webhookAttempts >= maxAttempts) {
            webhookState = WebhookState.FAILED;
            webhookNextAttemptAt = null;
        } else {
            webhookState = WebhookState.PENDING;
            webhookNextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(webhookAttempts - 1, 16)));
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    /** The team this notice is for, or {@code null} for a user's own. */
    public String getTeam() {
        return forTeam ? Recipient.fromAddress(recipient).team() : null;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public WebhookState getWebhookState() {
        return webhookState;
    }

    public int getWebhookAttempts() {
        return webhookAttempts;
    }

    public String getWebhookLastError() {
        return webhookLastError;
    }
}
