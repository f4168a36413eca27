-- What one filed complaint writes, as pgbench inserts it directly: the case, its three clocks, its first
-- three audit entries, the notice to the respondent and the idempotent answer. Run by bench/intake.sh.
BEGIN;
SELECT nextval('bench_id_seq') AS cid \gset
INSERT INTO dispute_case (id, case_number, version, order_id, complainant_id, complainant_side, respondent_id,
    respondent_side, description, description_hash, claimed_amount, claimed_currency, desired_remedy, language,
    status, priority, priority_reasons, complaint_type, complaint_group, classification_confidence,
    classification_source, awaiting_classification, classifier_suggestions, repeat_complaints, assignee, open_key,
    submitted_at, classified_at, updated_at, next_deadline_at, next_deadline_kind, next_deadline_obligor, audit_sequence)
VALUES (:cid, 'PG-' || :cid, 0, 'P-' || :cid, 'buyer1', 'BUYER', 'seller1', 'SELLER',
    'The parcel shows as delivered to a locker but I never received it, please refund. #' || :cid,
    md5(:cid::text) || md5((:cid + 1)::text), 99.00, 'CNY', 'REFUND_ONLY', 'en', 'AWAITING_RESPONSE', 'HIGH',
    'NOT_RECEIVED complaints are HIGH', 'NOT_RECEIVED', 'LOGISTICS', 0.81, 'CLASSIFIER', false,
    'NOT_RECEIVED:0.8100,SIGN_FOR_DISPUTE:0.1000,OTHER:0.0500', 0, NULL, 'P-' || :cid || '|buyer1|NOT_RECEIVED',
    now(), now(), now(), now() + interval '24 hours', 'FIRST_RESPONSE', 'PLATFORM', 3);
INSERT INTO case_deadline (id, case_id, kind, obligor, due_at, state, started_at, version, window_starts_at,
    next_action_at, next_action, reminders_sent) VALUES
    (nextval('bench_id_seq'), :cid, 'FIRST_RESPONSE', 'PLATFORM', now() + interval '24 hours', 'RUNNING', now(), 0, now(), now() + interval '12 hours', 'REMIND', 0),
    (nextval('bench_id_seq'), :cid, 'RESOLUTION', 'PLATFORM', now() + interval '48 hours', 'RUNNING', now(), 0, now(), now() + interval '24 hours', 'REMIND', 0),
    (nextval('bench_id_seq'), :cid, 'RESPONDENT_EVIDENCE', 'RESPONDENT', now() + interval '72 hours', 'RUNNING', now(), 0, now(), now() + interval '36 hours', 'REMIND', 0);
INSERT INTO case_audit_entry (id, case_id, seq, at, actor, actor_role, action, from_status, to_status, detail) VALUES
    (nextval('bench_id_seq'), :cid, 1, now(), 'buyer1', 'BUYER', 'FILED', NULL, 'SUBMITTED', 'complaint about order P-' || :cid || ' against seller1, claiming 99.00 CNY (REFUND_ONLY)'),
    (nextval('bench_id_seq'), :cid, 2, now(), 'system', 'SYSTEM', 'CLASSIFIED', 'SUBMITTED', 'CLASSIFIED', 'NOT_RECEIVED with confidence 81%, priority HIGH'),
    (nextval('bench_id_seq'), :cid, 3, now(), 'system', 'SYSTEM', 'AWAITING_RESPONSE', 'CLASSIFIED', 'AWAITING_RESPONSE', 'seller1 has until 2026-11-25T10:00:00Z to answer with a statement and evidence');
INSERT INTO notification (id, recipient, case_id, case_number, kind, message, created_at, read_at, webhook_state,
    webhook_attempts, webhook_next_attempt_at, webhook_last_error)
VALUES (nextval('bench_id_seq'), 'seller1', :cid, 'PG-' || :cid, 'COMPLAINT_FILED',
    'buyer1 filed complaint PG-' || :cid || ' about order P-' || :cid || '; answer with a statement and evidence by 2026-11-25T10:00:00Z',
    now(), NULL, 'NONE', 0, NULL, NULL);
INSERT INTO idempotency_record (id, caller_id, operation, idem_key, request_hash, status_code, location, response_body, created_at)
VALUES (nextval('bench_id_seq'), 'buyer1', 'file-complaint', md5(random()::text), md5(:cid::text) || md5(random()::text), 201,
    '/api/v1/cases/PG-' || :cid, repeat('{"caseNumber":"PG","status":"AWAITING_RESPONSE","deadlines":[]}', 20), now());
COMMIT;
