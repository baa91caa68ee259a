-- Mental-health files (一生一档, 五(二)2) and their observations and interventions. One file per student
-- (uq_mental_health_file_student). Free text is stored only as the application sealed it (AES-256-GCM,
-- "fc1:<key id>:<base64>", so the key id stays findable for a rotation with LIKE 'fc1:<old id>:%'): a level change's
-- reason, a care mark's plan (三(二)6), a care record's note and plan. The sealed form is at most 4 × the plain
-- length + 100 characters, hence the widths. The level history only grows (seq from 0, the opening level); marks
-- and categories are replaced with the file. Reads and writes are audited in audit_event (V8).
-- Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE mental_health_file (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  school_id     VARCHAR(64)  NOT NULL,
  student_id    VARCHAR(64)  NOT NULL,
  file_trigger  VARCHAR(20)  NOT NULL,
  opened_by     VARCHAR(64)  NOT NULL,
  opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  level_code    VARCHAR(40)  NOT NULL,
  counsellor_id VARCHAR(64),
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_mental_health_file PRIMARY KEY (district_code, id),
  CONSTRAINT uq_mental_health_file_student UNIQUE (district_code, student_id),
  CONSTRAINT fk_mental_health_file_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_mental_health_file_student FOREIGN KEY (district_code, student_id)
    REFERENCES student (district_code, id),
  CONSTRAINT fk_mental_health_file_opener FOREIGN KEY (district_code, opened_by) REFERENCES app_user (district_code, id),
  CONSTRAINT fk_mental_health_file_counsellor FOREIGN KEY (district_code, counsellor_id)
    REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_mental_health_file_school ON mental_health_file (district_code, school_id);

CREATE TABLE mental_health_file_category (
  district_code VARCHAR(6)  NOT NULL,
  file_id       VARCHAR(64) NOT NULL,
  category      VARCHAR(40) NOT NULL,
  CONSTRAINT pk_mental_health_file_category PRIMARY KEY (district_code, file_id, category),
  CONSTRAINT fk_mental_health_file_category_file FOREIGN KEY (district_code, file_id)
    REFERENCES mental_health_file (district_code, id)
);

CREATE TABLE mental_health_level_change (
  district_code VARCHAR(6)    NOT NULL,
  file_id       VARCHAR(64)   NOT NULL,
  seq           INTEGER       NOT NULL,
  from_level    VARCHAR(40),
  to_level      VARCHAR(40)   NOT NULL,
  changed_by    VARCHAR(64)   NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  sealed_note   VARCHAR(4200) NOT NULL,
  CONSTRAINT pk_mental_health_level_change PRIMARY KEY (district_code, file_id, seq),
  CONSTRAINT fk_mental_health_level_change_file FOREIGN KEY (district_code, file_id)
    REFERENCES mental_health_file (district_code, id),
  CONSTRAINT fk_mental_health_level_change_user FOREIGN KEY (district_code, changed_by)
    REFERENCES app_user (district_code, id),
  CONSTRAINT ck_mental_health_level_change_first CHECK ((seq = 0 AND from_level IS NULL)
    OR (seq > 0 AND from_level IS NOT NULL))
);

CREATE TABLE mental_health_care_mark (
  district_code VARCHAR(6)    NOT NULL,
  file_id       VARCHAR(64)   NOT NULL,
  care_mark     VARCHAR(20)   NOT NULL,
  sealed_plan   VARCHAR(8200) NOT NULL,
  marked_by     VARCHAR(64)   NOT NULL,
  marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_mental_health_care_mark PRIMARY KEY (district_code, file_id, care_mark),
  CONSTRAINT fk_mental_health_care_mark_file FOREIGN KEY (district_code, file_id)
    REFERENCES mental_health_file (district_code, id),
  CONSTRAINT fk_mental_health_care_mark_user FOREIGN KEY (district_code, marked_by)
    REFERENCES app_user (district_code, id)
);

CREATE TABLE care_record (
  district_code  VARCHAR(6)     NOT NULL,
  id             VARCHAR(64)    NOT NULL,
  file_id        VARCHAR(64)    NOT NULL,
  student_id     VARCHAR(64)    NOT NULL,
  care_kind      VARCHAR(20)    NOT NULL,
  on_day         DATE           NOT NULL,
  sealed_note    VARCHAR(16200) NOT NULL,
  sealed_plan    VARCHAR(16200),
  follow_up_on   DATE,
  recorded_by    VARCHAR(64)    NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  followed_up_by VARCHAR(64),
  followed_up_at TIMESTAMP WITH TIME ZONE,
  version        BIGINT         NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(100)   NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by     VARCHAR(100)   NOT NULL,
  CONSTRAINT pk_care_record PRIMARY KEY (district_code, id),
  CONSTRAINT fk_care_record_file FOREIGN KEY (district_code, file_id) REFERENCES mental_health_file (district_code, id),
  CONSTRAINT fk_care_record_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT fk_care_record_recorder FOREIGN KEY (district_code, recorded_by) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_care_record_follow_up CHECK ((followed_up_by IS NULL AND followed_up_at IS NULL)
    OR (followed_up_by IS NOT NULL AND followed_up_at IS NOT NULL AND follow_up_on IS NOT NULL)),
  CONSTRAINT ck_care_record_follow_up_day CHECK (follow_up_on IS NULL OR follow_up_on >= on_day)
);
CREATE INDEX ix_care_record_file ON care_record (district_code, file_id);
CREATE INDEX ix_care_record_open_follow_up ON care_record (district_code, follow_up_on);
