-- Intake and classification: order snapshots, cases with their clocks and audit trail, corrections,
-- idempotent answers. Portable SQL for PostgreSQL and H2; anything vendor-specific goes under
-- db/migration/<vendor>.

CREATE SEQUENCE dispute_case_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_deadline_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE logistics_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE classification_correction_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE idempotency_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE order_snapshot (
    order_id          VARCHAR(64)              NOT NULL,
    buyer_id          VARCHAR(64)              NOT NULL,
    seller_id         VARCHAR(64)              NOT NULL,
    amount            NUMERIC(16, 4)           NOT NULL,
    currency          CHAR(3)                  NOT NULL,
    paid_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    carrier           VARCHAR(64),
    tracking_number   VARCHAR(64),
    logistics_status  VARCHAR(24),
    shipped_at        TIMESTAMP WITH TIME ZONE,
    signed_at         TIMESTAMP WITH TIME ZONE,
    signed_by         VARCHAR(100),
    last_scan_at      TIMESTAMP WITH TIME ZONE,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT pk_order_snapshot PRIMARY KEY (order_id)
);
CREATE INDEX ix_order_buyer ON order_snapshot (buyer_id);
CREATE INDEX ix_order_seller ON order_snapshot (seller_id);

CREATE TABLE order_item (
    order_id    VARCHAR(64)    NOT NULL,
    line_no     INTEGER        NOT NULL,
    sku         VARCHAR(64)    NOT NULL,
    title       VARCHAR(300)   NOT NULL,
    quantity    INTEGER        NOT NULL,
    unit_price  NUMERIC(16, 4) NOT NULL,
    CONSTRAINT pk_order_item PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_item_order FOREIGN KEY (order_id) REFERENCES order_snapshot (order_id)
);

CREATE TABLE logistics_event (
    id           BIGINT                   NOT NULL,
    order_id     VARCHAR(64)              NOT NULL,
    status       VARCHAR(24)              NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    location     VARCHAR(200),
    description  VARCHAR(500),
    signed_by    VARCHAR(100),
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_logistics_event PRIMARY KEY (id),
    CONSTRAINT fk_logistics_event_order FOREIGN KEY (order_id) REFERENCES order_snapshot (order_id),
    -- The carrier may report the same scan twice; it is stored once.
    CONSTRAINT uk_logistics_event UNIQUE (order_id, status, occurred_at)
);

CREATE TABLE dispute_case (
    id                         BIGINT                   NOT NULL,
    case_number                VARCHAR(24)              NOT NULL,
    version                    BIGINT                   NOT NULL,
    order_id                   VARCHAR(64)              NOT NULL,
    complainant_id             VARCHAR(64)              NOT NULL,
    complainant_side           VARCHAR(8)               NOT NULL,
    respondent_id              VARCHAR(64)              NOT NULL,
    respondent_side            VARCHAR(8)               NOT NULL,
    description                VARCHAR(10000)           NOT NULL,
    description_hash           CHAR(64)                 NOT NULL,
    claimed_amount             NUMERIC(16, 4)           NOT NULL,
    claimed_currency           CHAR(3)                  NOT NULL,
    desired_remedy             VARCHAR(24)              NOT NULL,
    language                   VARCHAR(16)              NOT NULL,
    status                     VARCHAR(24)              NOT NULL,
    priority                   VARCHAR(8)               NOT NULL,
    priority_reasons           VARCHAR(2000),
    complaint_type             VARCHAR(32),
    complaint_group            VARCHAR(24),
    classification_confidence  DOUBLE PRECISION,
    classification_source      VARCHAR(16),
    awaiting_classification    BOOLEAN                  NOT NULL,
    classifier_suggestions     VARCHAR(500),
    repeat_complaints          INTEGER                  NOT NULL,
    assignee                   VARCHAR(64),
    open_key                   VARCHAR(200),
    submitted_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    classified_at              TIMESTAMP WITH TIME ZONE,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    next_deadline_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    next_deadline_kind         VARCHAR(32),
    next_deadline_obligor      VARCHAR(16),
    audit_sequence             BIGINT                   NOT NULL,
    CONSTRAINT pk_dispute_case PRIMARY KEY (id),
    CONSTRAINT uk_case_number UNIQUE (case_number),
    -- One open case per order, complainant and type; NULL once the case is done (NULLs never collide).
    CONSTRAINT uk_case_open_key UNIQUE (open_key)
);
-- The queue: nearest deadline first, keyset-paged on (next_deadline_at, id), for each way it is filtered.
CREATE INDEX ix_case_queue ON dispute_case (next_deadline_at, id);
CREATE INDEX ix_case_queue_status ON dispute_case (status, next_deadline_at, id);
CREATE INDEX ix_case_queue_assignee ON dispute_case (assignee, next_deadline_at, id);
CREATE INDEX ix_case_queue_complainant ON dispute_case (complainant_id, next_deadline_at, id);
CREATE INDEX ix_case_queue_respondent ON dispute_case (respondent_id, next_deadline_at, id);
-- Repeat complaints by the same user, and duplicates on the same order.
CREATE INDEX ix_case_complainant_recent ON dispute_case (complainant_id, submitted_at);
CREATE INDEX ix_case_order ON dispute_case (order_id, complainant_id);

CREATE TABLE case_deadline (
    id          BIGINT                   NOT NULL,
    case_id     BIGINT                   NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    obligor     VARCHAR(16)              NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    state       VARCHAR(16)              NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_case_deadline PRIMARY KEY (id),
    CONSTRAINT fk_case_deadline_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
);
CREATE INDEX ix_case_deadline_case ON case_deadline (case_id);
CREATE INDEX ix_case_deadline_due ON case_deadline (state, due_at);

CREATE TABLE case_audit_entry (
    id           BIGINT                   NOT NULL,
    case_id      BIGINT                   NOT NULL,
    seq          BIGINT                   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)              NOT NULL,
    actor_role   VARCHAR(16)              NOT NULL,
    action       VARCHAR(48)              NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24),
    detail       VARCHAR(2000),
    CONSTRAINT pk_case_audit_entry PRIMARY KEY (id),
    CONSTRAINT fk_case_audit_entry_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT uk_case_audit_entry_seq UNIQUE (case_id, seq)
);

CREATE TABLE classification_correction (
    id             BIGINT                   NOT NULL,
    case_id        BIGINT                   NOT NULL,
    text           VARCHAR(10000)           NOT NULL,
    language       VARCHAR(16)              NOT NULL,
    from_type      VARCHAR(32),
    to_type        VARCHAR(32)              NOT NULL,
    from_priority  VARCHAR(8)               NOT NULL,
    to_priority    VARCHAR(8)               NOT NULL,
    reason         VARCHAR(1000)            NOT NULL,
    corrected_by   VARCHAR(64)              NOT NULL,
    corrected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_classification_correction PRIMARY KEY (id),
    CONSTRAINT fk_classification_correction_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
);

CREATE TABLE idempotency_record (
    id             BIGINT                   NOT NULL,
    caller_id      VARCHAR(64)              NOT NULL,
    operation      VARCHAR(48)              NOT NULL,
    idem_key       VARCHAR(128)             NOT NULL,
    request_hash   CHAR(64)                 NOT NULL,
    status_code    INTEGER                  NOT NULL,
    location       VARCHAR(300),
    response_body  VARCHAR(100000)          NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_record UNIQUE (caller_id, operation, idem_key)
);
