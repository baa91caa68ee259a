-- Alerts (提醒): that something happened and whom to contact, never sensitive content. A staff alert has a
-- recipient_id only (in the app). A guardian alert has guardian_id and student_id, and recipient_id when the
-- guardian has a user account; it is its own outbox row for the outbound channel: pending while sent_at is NULL,
-- next_attempt_at is when the dispatcher tries next (the channel's idempotency key derives from the id).
-- Updates touch either read_at (the recipient) or the outbound columns (the dispatcher), never both; nothing is
-- deleted. Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE alert (
  district_code   VARCHAR(6)   NOT NULL,
  id              VARCHAR(64)  NOT NULL,
  recipient_id    VARCHAR(64),
  guardian_id     VARCHAR(64),
  student_id      VARCHAR(64),
  kind            VARCHAR(40)  NOT NULL,
  subject_type    VARCHAR(40)  NOT NULL,
  subject_id      VARCHAR(64)  NOT NULL,
  text_zh         VARCHAR(500) NOT NULL,
  text_en         VARCHAR(500) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at         TIMESTAMP WITH TIME ZONE,
  sent_at         TIMESTAMP WITH TIME ZONE,
  attempts        INTEGER      NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE,
  last_error      VARCHAR(500),
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by      VARCHAR(100) NOT NULL,
  CONSTRAINT pk_alert PRIMARY KEY (district_code, id),
  CONSTRAINT fk_alert_recipient FOREIGN KEY (district_code, recipient_id) REFERENCES app_user (district_code, id),
  CONSTRAINT fk_alert_guardian FOREIGN KEY (district_code, guardian_id) REFERENCES guardian (district_code, id),
  CONSTRAINT fk_alert_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT ck_alert_addressee CHECK (recipient_id IS NOT NULL OR guardian_id IS NOT NULL),
  CONSTRAINT ck_alert_attempts CHECK (attempts >= 0)
);
-- a user's inbox, newest first
CREATE INDEX ix_alert_recipient ON alert (district_code, recipient_id, created_at);
-- the dispatcher's due guardian alerts across districts
CREATE INDEX ix_alert_due ON alert (next_attempt_at);
-- guardian accounts are looked up by the guardian they are linked to
CREATE INDEX ix_app_user_guardian ON app_user (district_code, guardian_id);
