-- The audit trail (医教互促 五(二), 家访 五(一)3): who accessed which sensitive record, never the content.
-- Append-only and hash-chained per district: event_hash = SHA-256(previous_hash || canonical row text), see
-- org.jiaolianti.domain.audit.AuditChain. audit_head holds each district's last sequence and hash and is locked
-- (SELECT ... FOR UPDATE) by every append, so that concurrent appends form one gap-free chain. audit_checkpoint
-- records where each purge ended; verification starts from the newest one.
-- On PostgreSQL a trigger (Java migration V8_1, PostgreSQL only) refuses UPDATE, DELETE and TRUNCATE of
-- audit_event and audit_checkpoint, except DELETE while the purge has set jiaolianti.audit_purge = 'on' in its
-- transaction. On H2 the adapter has no UPDATE or DELETE of these tables but the purge's.
-- No foreign keys: an event outlives its subject and its actor. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE audit_head (
  district_code VARCHAR(6)  NOT NULL,
  last_sequence BIGINT      NOT NULL,
  last_hash     VARCHAR(64) NOT NULL,
  CONSTRAINT pk_audit_head PRIMARY KEY (district_code)
);

CREATE TABLE audit_event (
  district_code  VARCHAR(6)    NOT NULL,
  sequence_no    BIGINT        NOT NULL,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_username VARCHAR(100)  NOT NULL,
  actor_user_id  VARCHAR(64)   NOT NULL,
  actor_role     VARCHAR(500)  NOT NULL,
  actor_scope    VARCHAR(2000) NOT NULL,
  subject_type   VARCHAR(40)   NOT NULL,
  subject_id     VARCHAR(200)  NOT NULL,
  audit_action   VARCHAR(30)   NOT NULL,
  purpose        VARCHAR(500)  NOT NULL,
  outcome        VARCHAR(10)   NOT NULL,
  previous_hash  VARCHAR(64)   NOT NULL,
  event_hash     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_audit_event PRIMARY KEY (district_code, sequence_no),
  CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('ALLOWED', 'DENIED'))
);
CREATE INDEX ix_audit_event_subject ON audit_event (district_code, subject_type, subject_id);
CREATE INDEX ix_audit_event_actor ON audit_event (district_code, actor_username);
CREATE INDEX ix_audit_event_time ON audit_event (district_code, occurred_at);

CREATE TABLE audit_checkpoint (
  district_code VARCHAR(6)  NOT NULL,
  sequence_no   BIGINT      NOT NULL,
  event_hash    VARCHAR(64) NOT NULL,
  purged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  purged_count  BIGINT      NOT NULL,
  CONSTRAINT pk_audit_checkpoint PRIMARY KEY (district_code, sequence_no)
);
