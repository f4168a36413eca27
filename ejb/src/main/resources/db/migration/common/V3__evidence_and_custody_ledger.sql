-- Evidence and its chain of custody. Evidence files live in the content-addressed store (by SHA-256);
-- these rows say who submitted what to which case. Every custody event is one canonical entry, chained
-- per case (seq, prev hash inside the entry) and, once sequenced, a leaf of the global Merkle log
-- (RFC 6962): ledger_node holds the hash of every complete subtree, so any proof is one indexed read.

CREATE SEQUENCE evidence_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE evidence (
    id                 BIGINT                   NOT NULL,
    version            BIGINT                   NOT NULL,
    case_id            BIGINT                   NOT NULL,
    kind               VARCHAR(24)              NOT NULL,
    caption            VARCHAR(500)             NOT NULL,
    sha256             CHAR(64)                 NOT NULL,
    size_bytes         BIGINT                   NOT NULL,
    media_type         VARCHAR(100)             NOT NULL,
    submitted_by       VARCHAR(64)              NOT NULL,
    submitter_role     VARCHAR(16)              NOT NULL,
    submitter_side     VARCHAR(16)              NOT NULL,
    staff_only         BOOLEAN                  NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    captured_at        TIMESTAMP WITH TIME ZONE,
    captured_at_note   VARCHAR(200),
    has_location       BOOLEAN                  NOT NULL,
    shared_sha256      CHAR(64),
    withdrawn_at       TIMESTAMP WITH TIME ZONE,
    withdrawn_reason   VARCHAR(500),
    review_mark        VARCHAR(16),
    reviewed_by        VARCHAR(64),
    reviewed_at        TIMESTAMP WITH TIME ZONE,
    review_reason      VARCHAR(1000),
    CONSTRAINT pk_evidence PRIMARY KEY (id),
    CONSTRAINT fk_evidence_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
);
CREATE INDEX ix_evidence_case ON evidence (case_id, id);
CREATE INDEX ix_evidence_sha256 ON evidence (sha256);

-- Notes on evidence: a party's are read by both sides, staff's by staff only.
CREATE SEQUENCE evidence_annotation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE evidence_annotation (
    id              BIGINT                   NOT NULL,
    evidence_id     BIGINT                   NOT NULL,
    author          VARCHAR(64)              NOT NULL,
    author_side     VARCHAR(16)              NOT NULL,
    staff_only      BOOLEAN                  NOT NULL,
    note            VARCHAR(2000)            NOT NULL,
    masked_numbers  INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_evidence_annotation PRIMARY KEY (id),
    CONSTRAINT fk_evidence_annotation_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
);
CREATE INDEX ix_evidence_annotation_evidence ON evidence_annotation (evidence_id, id);

CREATE SEQUENCE custody_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE custody_event (
    id           BIGINT                   NOT NULL,
    case_id      BIGINT                   NOT NULL,
    seq          BIGINT                   NOT NULL,
    event        VARCHAR(16)              NOT NULL,
    evidence_id  BIGINT,
    actor        VARCHAR(64)              NOT NULL,
    entry        VARCHAR(8000)            NOT NULL,
    entry_hash   BYTEA                    NOT NULL,
    leaf_hash    BYTEA                    NOT NULL,
    leaf_index   BIGINT,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_custody_event PRIMARY KEY (id),
    CONSTRAINT fk_custody_event_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT uq_custody_event_seq UNIQUE (case_id, seq),
    CONSTRAINT uq_custody_event_leaf UNIQUE (leaf_index)
);
-- ix_custody_event_unsequenced, the sequencer's way to the events waiting for the log, is in V3_1 of each database.
CREATE INDEX ix_custody_event_leaf_hash ON custody_event (leaf_hash);

-- level 0: the leaf hashes; level k, index i: the root of leaves [i * 2^k, (i + 1) * 2^k).
CREATE TABLE ledger_node (
    level       SMALLINT NOT NULL,
    node_index  BIGINT   NOT NULL,
    hash        BYTEA    NOT NULL,
    CONSTRAINT pk_ledger_node PRIMARY KEY (level, node_index)
);

-- Every signed tree head ever published, so clients can ask for consistency between any two of them.
CREATE TABLE ledger_tree_head (
    tree_size     BIGINT NOT NULL,
    timestamp_ms  BIGINT NOT NULL,
    root_hash     BYTEA  NOT NULL,
    signature     BYTEA  NOT NULL,
    CONSTRAINT pk_ledger_tree_head PRIMARY KEY (tree_size)
);

-- One row: the sequencer's lock and the log's current size. Whoever holds the row appends.
CREATE TABLE ledger_head (
    id         INTEGER NOT NULL,
    tree_size  BIGINT  NOT NULL,
    CONSTRAINT pk_ledger_head PRIMARY KEY (id)
);
INSERT INTO ledger_head (id, tree_size) VALUES (1, 0);

-- Evidence-chain verification: each run keeps its findings; the latest run is the case's report.
CREATE SEQUENCE verification_run_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE verification_run (
    id        BIGINT                   NOT NULL,
    case_id   BIGINT                   NOT NULL,
    run_by    VARCHAR(64)              NOT NULL,
    run_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_verification_run PRIMARY KEY (id),
    CONSTRAINT fk_verification_run_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
);
CREATE INDEX ix_verification_run_case ON verification_run (case_id, id);
CREATE TABLE verification_finding (
    run_id       BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    check_code   VARCHAR(40)   NOT NULL,
    severity     VARCHAR(8)    NOT NULL,
    evidence_id  BIGINT,
    fact         VARCHAR(500)  NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_verification_finding PRIMARY KEY (run_id, position),
    CONSTRAINT fk_verification_finding_run FOREIGN KEY (run_id) REFERENCES verification_run (id)
);
