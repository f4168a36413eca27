-- The custody events not yet in the log (H2 has no partial indexes; PostgreSQL's version is partial).
CREATE INDEX ix_custody_event_unsequenced ON custody_event (leaf_index, id);
