-- A team notice was told from a user's by its address alone ('team:L2'), and a marketplace user id may hold a
-- colon: a user named 'team:L3' read every supervisor's notice. Team notices carry a flag of their own now.
ALTER TABLE notification ADD COLUMN for_team BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE notification SET for_team = TRUE WHERE recipient IN ('team:L1', 'team:L2', 'team:L3');
