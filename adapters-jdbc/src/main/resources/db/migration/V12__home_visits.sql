-- Home visits (家访, 家校双师 五(一)3; 三(三)2): one row per visit to a student's family. The note is stored only as
-- the application sealed it (AES-256-GCM, "fc1:<key id>:<base64>"; note_key_id repeats the key id so that values
-- still under an old key can be found after a rotation): the database never holds its text. Reads and writes are
-- audited in audit_event (V8). visitor_ids: comma-separated user ids (at most 5); topics: newline-separated.
-- Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE home_visit (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  school_id     VARCHAR(64)   NOT NULL,
  student_id    VARCHAR(64)   NOT NULL,
  visited_on    DATE          NOT NULL,
  visitor_ids   VARCHAR(400)  NOT NULL,
  visit_mode    VARCHAR(20)   NOT NULL,
  topics        VARCHAR(600)  NOT NULL,
  sealed_note   VARCHAR(8000),
  note_key_id   VARCHAR(32),
  flags_concern BOOLEAN       NOT NULL,
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT        NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_home_visit PRIMARY KEY (district_code, id),
  CONSTRAINT fk_home_visit_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_home_visit_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT fk_home_visit_recorder FOREIGN KEY (district_code, recorded_by) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_home_visit_note CHECK ((sealed_note IS NULL AND note_key_id IS NULL)
    OR (sealed_note IS NOT NULL AND note_key_id IS NOT NULL))
);
CREATE INDEX ix_home_visit_student ON home_visit (district_code, student_id);
CREATE INDEX ix_home_visit_school ON home_visit (district_code, school_id);
