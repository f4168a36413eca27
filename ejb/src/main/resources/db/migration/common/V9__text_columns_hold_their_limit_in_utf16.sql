-- Free text is limited in characters (code points), as people count them. H2 measures VARCHAR in UTF-16 units, in
-- which a character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) takes two: text within
-- its limit overflowed these columns and the request failed as a 500. Each now holds twice its limit, the most
-- that many characters can take in UTF-16 (PostgreSQL, which counts characters, merely has room to spare).
ALTER TABLE order_snapshot ALTER COLUMN carrier SET DATA TYPE VARCHAR(128);
ALTER TABLE order_snapshot ALTER COLUMN signed_by SET DATA TYPE VARCHAR(200);
ALTER TABLE order_item ALTER COLUMN title SET DATA TYPE VARCHAR(600);
ALTER TABLE logistics_event ALTER COLUMN location SET DATA TYPE VARCHAR(400);
ALTER TABLE logistics_event ALTER COLUMN description SET DATA TYPE VARCHAR(1000);
ALTER TABLE logistics_event ALTER COLUMN signed_by SET DATA TYPE VARCHAR(200);
-- The reasons for the priority: a specialist's reason of up to 1000 characters and the rules' own.
ALTER TABLE dispute_case ALTER COLUMN priority_reasons SET DATA TYPE VARCHAR(4000);
ALTER TABLE classification_correction ALTER COLUMN reason SET DATA TYPE VARCHAR(2000);
ALTER TABLE evidence ALTER COLUMN caption SET DATA TYPE VARCHAR(1000);
ALTER TABLE evidence ALTER COLUMN withdrawn_reason SET DATA TYPE VARCHAR(1000);
ALTER TABLE evidence ALTER COLUMN review_reason SET DATA TYPE VARCHAR(2000);
ALTER TABLE evidence_annotation ALTER COLUMN note SET DATA TYPE VARCHAR(4000);
