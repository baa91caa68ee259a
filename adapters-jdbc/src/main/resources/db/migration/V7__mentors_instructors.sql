-- Parent mentors (家长导师, 家校双师 五(一)3): a guardian's application at one school and its standing
-- (APPLIED -> APPROVED -> REVOKED, or REJECTED; decisions and revocations kept), the mentor's assignments and
-- logged hours (added only). Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE parent_mentor (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  school_id     VARCHAR(64)  NOT NULL,
  guardian_id   VARCHAR(64)  NOT NULL,
  applicant_id  VARCHAR(64)  NOT NULL,
  expertise     VARCHAR(500) NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  applied_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at    TIMESTAMP WITH TIME ZONE,
  decided_by    VARCHAR(64),
  decided_on    DATE,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  revoked_by    VARCHAR(64),
  revoke_reason VARCHAR(500),
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_parent_mentor PRIMARY KEY (district_code, id),
  CONSTRAINT fk_parent_mentor_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_parent_mentor_guardian FOREIGN KEY (district_code, guardian_id)
    REFERENCES guardian (district_code, id),
  CONSTRAINT fk_parent_mentor_applicant FOREIGN KEY (district_code, applicant_id)
    REFERENCES app_user (district_code, id),
  CONSTRAINT ck_parent_mentor_status CHECK (status IN ('APPLIED', 'APPROVED', 'REJECTED', 'REVOKED')),
  CONSTRAINT ck_parent_mentor_revoked CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);
CREATE INDEX ix_parent_mentor_school ON parent_mentor (district_code, school_id);

CREATE TABLE mentor_assignment (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  mentor_id     VARCHAR(64)  NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  title         VARCHAR(200) NOT NULL,
  valid_from    DATE         NOT NULL,
  valid_to      DATE         NOT NULL,
  assigned_by   VARCHAR(64)  NOT NULL,
  assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_mentor_assignment PRIMARY KEY (district_code, id),
  CONSTRAINT fk_mentor_assignment_mentor FOREIGN KEY (district_code, mentor_id)
    REFERENCES parent_mentor (district_code, id),
  CONSTRAINT ck_mentor_assignment_dates CHECK (valid_to >= valid_from)
);
CREATE INDEX ix_mentor_assignment_mentor ON mentor_assignment (district_code, mentor_id);

CREATE TABLE mentor_hours (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  mentor_id     VARCHAR(64)  NOT NULL,
  served_on     DATE         NOT NULL,
  hours         NUMERIC(4, 1) NOT NULL,
  note          VARCHAR(500),
  logged_by     VARCHAR(64)  NOT NULL,
  logged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_mentor_hours PRIMARY KEY (district_code, id),
  CONSTRAINT fk_mentor_hours_mentor FOREIGN KEY (district_code, mentor_id) REFERENCES parent_mentor (district_code, id),
  CONSTRAINT ck_mentor_hours_range CHECK (hours >= 0.5 AND hours <= 12)
);
CREATE INDEX ix_mentor_hours_mentor ON mentor_hours (district_code, mentor_id);
