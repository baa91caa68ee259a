-- The counsellor team (心理健康教师队伍, 五(二)3): counsellor posts (a COUNSELLOR-role user at a school, full- or
-- part-time, for a period; at most one lead per school at a time, checked by CounsellorRules) and their training
-- records. Posts: the only UPDATE sets the end of the period or the lead mark (optimistic on version); training
-- records are never changed (topics: one per line). Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE counsellor_post (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  school_id     VARCHAR(64)  NOT NULL,
  counsellor_id VARCHAR(64)  NOT NULL,
  kind          VARCHAR(10)  NOT NULL,
  is_lead       BOOLEAN      NOT NULL,
  valid_from    DATE         NOT NULL,
  valid_to      DATE,
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_counsellor_post PRIMARY KEY (district_code, id),
  CONSTRAINT fk_counsellor_post_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_counsellor_post_user FOREIGN KEY (district_code, counsellor_id)
    REFERENCES app_user (district_code, id),
  CONSTRAINT ck_counsellor_post_kind CHECK (kind IN ('FULL_TIME', 'PART_TIME')),
  CONSTRAINT ck_counsellor_post_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_counsellor_post_school ON counsellor_post (district_code, school_id);

CREATE TABLE counsellor_training (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  counsellor_id VARCHAR(64)   NOT NULL,
  trained_on    DATE          NOT NULL,
  hours         NUMERIC(5, 1) NOT NULL,
  topics        VARCHAR(1100) NOT NULL,
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_counsellor_training PRIMARY KEY (district_code, id),
  CONSTRAINT fk_counsellor_training_user FOREIGN KEY (district_code, counsellor_id)
    REFERENCES app_user (district_code, id),
  CONSTRAINT fk_counsellor_training_recorded_by FOREIGN KEY (district_code, recorded_by)
    REFERENCES app_user (district_code, id),
  CONSTRAINT ck_counsellor_training_hours CHECK (hours >= 0.5 AND hours <= 200)
);
CREATE INDEX ix_counsellor_training_user ON counsellor_training (district_code, counsellor_id);
