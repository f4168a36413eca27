-- The staff accounts Arbiter knows, so that a case is assigned only to someone who may work it: those listed in
-- arbiter.staff.accounts (source LISTED) and everyone who has signed in with a staff role (SIGNED_IN, with the
-- roles they last had).
CREATE TABLE staff_account (
    user_id      VARCHAR(64)              NOT NULL,
    roles        VARCHAR(200)             NOT NULL,
    source       VARCHAR(16)              NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_staff_account PRIMARY KEY (user_id)
);

-- Staff who worked cases before this version are known from the audit trail, so that an upgraded installation can
-- assign cases to them before they next sign in (their highest role there: SUPERVISOR, SPECIALIST, RISK_REVIEWER).
INSERT INTO staff_account (user_id, roles, source, last_seen_at)
SELECT actor, MAX(actor_role), 'SIGNED_IN', MAX(at)
FROM case_audit_entry
WHERE actor_role IN ('SPECIALIST', 'SUPERVISOR', 'RISK_REVIEWER')
GROUP BY actor;
