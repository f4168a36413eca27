-- The staff accounts Arbiter knows, so that a case is assigned only to someone who may work it: those listed in
-- arbiter.staff.accounts, and everyone who has signed in with a staff role (with the roles they last had).
CREATE TABLE staff_account (
    user_id      VARCHAR(64)              NOT NULL,
    roles        VARCHAR(200)             NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_staff_account PRIMARY KEY (user_id)
);
