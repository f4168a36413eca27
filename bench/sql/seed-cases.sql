-- One million cases for the queue benchmark (bench/queue.sh), spread the way a busy marketplace's would be:
-- 50,000 buyers and 5,000 sellers (seller1 and buyer1 among them), every status and priority, deadlines over
-- the next 30 days for open cases and none for closed ones, a third unassigned.
-- psql variable :cases is the number of rows.
-- Case numbers as the platform issues them (CaseNumber.issue): the serial scrambled modulo 2^30, six base-32
-- characters and a Luhn mod 32 check character, so that the seeded cases load like real ones.
CREATE FUNCTION pg_temp.case_number(serial bigint) RETURNS text AS $$
DECLARE
    alphabet  text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    scrambled bigint := (serial * 726441527 + 363053278) & 1073741823;
    body      text := '';
    factor    int := 2;
    total     int := 0;
    addend    int;
BEGIN
    FOR i IN 1..6 LOOP
        body := substr(alphabet, (scrambled & 31)::int + 1, 1) || body;
        scrambled := scrambled >> 5;
    END LOOP;
    FOR i IN REVERSE 6..1 LOOP
        addend := factor * (strpos(alphabet, substr(body, i, 1)) - 1);
        factor := CASE WHEN factor = 2 THEN 1 ELSE 2 END;
        total := total + addend / 32 + addend % 32;
    END LOOP;
    RETURN 'AR-' || to_char(now(), 'YYMMDD') || '-' || body || substr(alphabet, (32 - total % 32) % 32 + 1, 1);
END $$ LANGUAGE plpgsql IMMUTABLE;

INSERT INTO dispute_case (id, case_number, version, order_id, complainant_id, complainant_side, respondent_id,
    respondent_side, description, description_hash, claimed_amount, claimed_currency, desired_remedy, language,
    status, priority, priority_reasons, complaint_type, complaint_group, classification_confidence,
    classification_source, awaiting_classification, classifier_suggestions, repeat_complaints, assignee, open_key,
    submitted_at, classified_at, updated_at, next_deadline_at, next_deadline_kind, next_deadline_obligor, audit_sequence)
SELECT g,
       pg_temp.case_number(g),
       0,
       'S-' || g,
       CASE WHEN g % 97 = 0 THEN 'buyer1' ELSE 'buyer-' || (g % 50000) END,
       'BUYER',
       CASE WHEN g % 100 = 0 THEN 'seller1' ELSE 'seller-' || (g % 5000) END,
       'SELLER',
       'Seeded complaint number ' || g,
       md5(g::text) || md5((g + 1)::text),
       (g % 900) + 10, 'CNY',
       (ARRAY['REFUND_ONLY','RETURN_AND_REFUND','REPLACEMENT','COMPENSATION'])[1 + g % 4],
       CASE WHEN g % 2 = 0 THEN 'zh' ELSE 'en' END,
       status,
       (ARRAY['URGENT','HIGH','HIGH','NORMAL','NORMAL'])[1 + g % 5],
       'seeded',
       type,
       CASE WHEN type IN ('NOT_RECEIVED','LOGISTICS_DELAY','SIGN_FOR_DISPUTE') THEN 'LOGISTICS'
            WHEN type = 'PAYMENT_ISSUE' THEN 'PAYMENT' WHEN type = 'ACCOUNT_SECURITY' THEN 'ACCOUNT_SECURITY'
            WHEN type IN ('SERVICE_ATTITUDE','SYSTEM_FAULT','OTHER') THEN 'SERVICE' ELSE 'TRANSACTION' END,
       0.8, 'CLASSIFIER', false, NULL, 0,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'specialist-' || (g % 20) END,
       CASE WHEN status IN ('CLOSED','ARCHIVED','WITHDRAWN') THEN NULL ELSE 'S-' || g || '|open' END,
       now() - (g % 2592000) * interval '1 second',
       now() - (g % 2592000) * interval '1 second',
       now(),
       CASE WHEN status IN ('CLOSED','ARCHIVED','WITHDRAWN') THEN timestamptz '9999-12-31 23:59:59+00'
            ELSE now() + ((g::bigint * 7919) % 2592000) * interval '1 second' END,
       CASE WHEN status IN ('CLOSED','ARCHIVED','WITHDRAWN') THEN NULL ELSE 'RESOLUTION' END,
       CASE WHEN status IN ('CLOSED','ARCHIVED','WITHDRAWN') THEN NULL ELSE 'PLATFORM' END,
       3
FROM (SELECT g,
             (ARRAY['SUBMITTED','AWAITING_RESPONSE','AWAITING_RESPONSE','UNDER_REVIEW','UNDER_REVIEW','MEDIATION',
                    'EXECUTION','CLOSED','CLOSED','ARCHIVED'])[1 + g % 10] AS status,
             (ARRAY['NOT_AS_DESCRIBED','QUALITY_DEFECT','COUNTERFEIT','DAMAGED','REFUND_DISPUTE','ORDER_CANCELLATION',
                    'NOT_RECEIVED','LOGISTICS_DELAY','SIGN_FOR_DISPUTE','PAYMENT_ISSUE','ACCOUNT_SECURITY',
                    'SERVICE_ATTITUDE','SYSTEM_FAULT','OTHER'])[1 + (g / 10) % 14] AS type
      FROM generate_series(1, :cases) g) seed;
ANALYZE dispute_case;
-- Cases filed afterwards must not collide with the seeded ids.
SELECT setval('dispute_case_seq', :cases + 1000);
