-- The custody events not yet in the log, in the order the sequencer takes them. Partial: it holds only the
-- waiting events (a handful, or a burst's backlog), however long the log grows, and gives them in id order
-- without a sort.
CREATE INDEX ix_custody_event_unsequenced ON custody_event (id) WHERE leaf_index IS NULL;
