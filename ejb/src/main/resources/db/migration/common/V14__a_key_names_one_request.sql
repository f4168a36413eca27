-- An Idempotency-Key names one request of its caller: the same key on another kind of write is that request reused
-- (422), not a new one. Keys were unique per operation; a second record under a caller's key, possible until now,
-- is dropped (records are kept a day and then expire anyway).
DELETE FROM idempotency_record r
WHERE EXISTS (SELECT 1 FROM idempotency_record o WHERE o.caller_id = r.caller_id AND o.idem_key = r.idem_key AND o.id < r.id);
ALTER TABLE idempotency_record DROP CONSTRAINT uk_idempotency_record;
ALTER TABLE idempotency_record ADD CONSTRAINT uk_idempotency_record UNIQUE (caller_id, idem_key);
