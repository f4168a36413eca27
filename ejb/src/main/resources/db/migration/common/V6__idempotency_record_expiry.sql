-- Stored answers are kept for arbiter.idempotency.keep (a day by default) and then deleted, oldest first.
CREATE INDEX ix_idempotency_record_created ON idempotency_record (created_at);
