-- A verification finding names every piece of evidence it rests on, not at most one: a finding about the
-- claim ("not received" against a signed delivery) names the complainant's evidence and the logistics traces
-- and order snapshots on the case. evidence_id stays the one file a finding is about (or NULL for the claim);
-- evidence_ids lists them all, comma-separated. Earlier findings name what they named.
ALTER TABLE verification_finding ADD COLUMN evidence_ids VARCHAR;
UPDATE verification_finding SET evidence_ids = CAST(evidence_id AS VARCHAR(20)) WHERE evidence_id IS NOT NULL;
