-- Every write that takes an Idempotency-Key stores its first answer, and a case's view grows with its messages:
-- the answer has no useful upper bound, so it is TEXT, not VARCHAR(100000).
ALTER TABLE idempotency_record ALTER COLUMN response_body TYPE TEXT;
