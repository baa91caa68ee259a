-- Break-glass access (紧急调阅, 五(二)2): a user opens one named student for a reason (10-500 characters, never
-- copied into the audit trail) from started_at until expires_at (the seed's minutes) or stopped_at. school_id and
-- school_lead_id (the school's mental-health lead when it opened, if any) are recorded so that the lead sees it.
-- The only UPDATE sets stopped_at and end_audited (the STOP audit event is written; optimistic on version).
-- Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE break_glass (
  district_code  VARCHAR(6)   NOT NULL,
  id             VARCHAR(64)  NOT NULL,
  user_id        VARCHAR(64)  NOT NULL,
  student_id     VARCHAR(64)  NOT NULL,
  school_id      VARCHAR(64)  NOT NULL,
  school_lead_id VARCHAR(64),
  reason         VARCHAR(500) NOT NULL,
  started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  stopped_at     TIMESTAMP WITH TIME ZONE,
  end_audited    BOOLEAN      NOT NULL,
  version        BIGINT       NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by     VARCHAR(100) NOT NULL,
  CONSTRAINT pk_break_glass PRIMARY KEY (district_code, id),
  CONSTRAINT fk_break_glass_user FOREIGN KEY (district_code, user_id) REFERENCES app_user (district_code, id),
  CONSTRAINT fk_break_glass_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT fk_break_glass_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT ck_break_glass_expiry CHECK (expires_at > started_at),
  CONSTRAINT ck_break_glass_stop CHECK (stopped_at IS NULL OR stopped_at >= started_at)
);
CREATE INDEX ix_break_glass_school ON break_glass (district_code, school_id);
