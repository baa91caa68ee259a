-- In-school performance notes (家校互动云平台 五(一)2): notes on a student by their teachers, never edited
-- (a correction is a new note), voidable with a kept reason; and the audit of every read of a note's text.
-- Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE performance_note (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  school_id     VARCHAR(64)   NOT NULL,
  student_id    VARCHAR(64)   NOT NULL,
  author_id     VARCHAR(64)   NOT NULL,
  author_name   VARCHAR(100)  NOT NULL,
  written_on    DATE          NOT NULL,
  written_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  category      VARCHAR(20)   NOT NULL,
  note_text     VARCHAR(2000) NOT NULL,
  restricted    BOOLEAN       NOT NULL,
  voided_at     TIMESTAMP WITH TIME ZONE,
  voided_by     VARCHAR(64),
  void_reason   VARCHAR(500),
  version       BIGINT        NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_performance_note PRIMARY KEY (district_code, id),
  CONSTRAINT fk_performance_note_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_performance_note_student FOREIGN KEY (district_code, student_id)
    REFERENCES student (district_code, id),
  CONSTRAINT fk_performance_note_author FOREIGN KEY (district_code, author_id) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_performance_note_void CHECK ((voided_at IS NULL AND voided_by IS NULL AND void_reason IS NULL)
    OR (voided_at IS NOT NULL AND voided_by IS NOT NULL AND void_reason IS NOT NULL))
);
CREATE INDEX ix_performance_note_student ON performance_note (district_code, student_id);

-- One row per read of a note's text (who, when, which note); insert-only.
CREATE TABLE note_read_audit (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  note_id       VARCHAR(64)  NOT NULL,
  student_id    VARCHAR(64)  NOT NULL,
  reader_id     VARCHAR(64)  NOT NULL,
  read_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_note_read_audit PRIMARY KEY (district_code, id),
  CONSTRAINT fk_note_read_note FOREIGN KEY (district_code, note_id) REFERENCES performance_note (district_code, id),
  CONSTRAINT fk_note_read_reader FOREIGN KEY (district_code, reader_id) REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_note_read_student ON note_read_audit (district_code, student_id);
