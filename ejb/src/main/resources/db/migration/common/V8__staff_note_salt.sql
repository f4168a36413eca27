-- A staff note is committed to in the custody chain as SHA-256(note_salt ":" note): without the random salt, which
-- only staff read, a party could confirm a guess at a short note from the hash. Notes written before have none and
-- stay committed to as SHA-256(note).
ALTER TABLE evidence_annotation ADD COLUMN note_salt VARCHAR(32);
