-- Every reading of a verification report and the ruling gate ask when a specialist last changed a case's type: one
-- indexed read, not a scan of every correction ever kept for training.
CREATE INDEX ix_classification_correction_case ON classification_correction (case_id, corrected_at);
