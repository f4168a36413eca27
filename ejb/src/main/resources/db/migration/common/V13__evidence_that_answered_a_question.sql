-- Evidence a party submitted while a specialist's question waited on them answered that question and resumed the
-- case's clocks; it is kept as that answer and can no longer be withdrawn.
ALTER TABLE evidence ADD COLUMN answered_question BOOLEAN DEFAULT FALSE NOT NULL;
