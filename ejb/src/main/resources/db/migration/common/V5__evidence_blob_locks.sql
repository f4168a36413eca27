-- One row per stored content hash: the lock that orders "record evidence with these bytes" against "remove these
-- bytes, nothing refers to them". Without it, an upload that failed could delete bytes that an upload of the same
-- file, finishing at the same moment on any node, was about to record.
CREATE TABLE evidence_blob (
    sha256    CHAR(64)                 NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_evidence_blob PRIMARY KEY (sha256)
);

INSERT INTO evidence_blob (sha256, stored_at)
SELECT sha256, MIN(submitted_at) FROM (
    SELECT sha256, submitted_at FROM evidence
    UNION ALL
    SELECT shared_sha256, submitted_at FROM evidence WHERE shared_sha256 IS NOT NULL
) stored GROUP BY sha256;
