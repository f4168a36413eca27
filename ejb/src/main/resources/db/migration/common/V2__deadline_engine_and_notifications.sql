-- The deadline engine: every clock knows its next action (a reminder part-way, then expiry) and when it is
-- due, so the engine finds due clocks by one index range; clocks can pause. Cases carry their escalation
-- level. Messages (statements, questions, answers) and the notification outbox are new.

ALTER TABLE case_deadline ADD COLUMN window_starts_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_deadline ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_deadline ADD COLUMN next_action_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_deadline ADD COLUMN next_action VARCHAR(16);
ALTER TABLE case_deadline ADD COLUMN reminders_sent INTEGER DEFAULT 0 NOT NULL;
UPDATE case_deadline SET window_starts_at = started_at;
-- Clocks started before this version get no reminders: their next action is expiry.
UPDATE case_deadline SET next_action_at = due_at, next_action = 'EXPIRE', reminders_sent = 2 WHERE state = 'RUNNING';
ALTER TABLE case_deadline ALTER COLUMN window_starts_at SET NOT NULL;
DROP INDEX ix_case_deadline_due;
CREATE INDEX ix_case_deadline_next_action ON case_deadline (state, next_action_at);

ALTER TABLE dispute_case ADD COLUMN escalation_level INTEGER DEFAULT 1 NOT NULL;

CREATE SEQUENCE case_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_message (
    id           BIGINT                   NOT NULL,
    case_id      BIGINT                   NOT NULL,
    kind         VARCHAR(16)              NOT NULL,
    author       VARCHAR(64)              NOT NULL,
    author_role  VARCHAR(16)              NOT NULL,
    text         VARCHAR(10000)           NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_case_message PRIMARY KEY (id),
    CONSTRAINT fk_case_message_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
);
CREATE INDEX ix_case_message_case ON case_message (case_id, id);

-- A notification is the recipient's inbox entry (the built-in channel, written in the transaction that
-- raised it) and the outbox entry of the webhook channel, delivered and retried by the sender.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notification (
    id                       BIGINT                   NOT NULL,
    recipient                VARCHAR(80)              NOT NULL,
    case_id                  BIGINT                   NOT NULL,
    case_number              VARCHAR(24)              NOT NULL,
    kind                     VARCHAR(32)              NOT NULL,
    message                  VARCHAR(2000)            NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at                  TIMESTAMP WITH TIME ZONE,
    webhook_state            VARCHAR(16)              NOT NULL,
    webhook_attempts         INTEGER                  NOT NULL,
    webhook_next_attempt_at  TIMESTAMP WITH TIME ZONE,
    webhook_last_error       VARCHAR(500),
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
);
CREATE INDEX ix_notification_inbox ON notification (recipient, id);
CREATE INDEX ix_notification_case ON notification (case_id);
CREATE INDEX ix_notification_webhook ON notification (webhook_state, webhook_next_attempt_at);
