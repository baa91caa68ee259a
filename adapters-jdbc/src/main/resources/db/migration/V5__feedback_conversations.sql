-- Messages and feedback (家校互动云平台 五(一)2; 三(三)3): conversations about one student, their
-- messages (insert-only: never updated or deleted), teachers' office hours, guardians' feedback.
-- Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE conversation (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  school_id     VARCHAR(64)  NOT NULL,
  student_id    VARCHAR(64)  NOT NULL,
  subject       VARCHAR(200) NOT NULL,
  opened_by     VARCHAR(64)  NOT NULL,
  opened_as     VARCHAR(20)  NOT NULL,
  opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_conversation PRIMARY KEY (district_code, id),
  CONSTRAINT fk_conversation_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_conversation_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT fk_conversation_user FOREIGN KEY (district_code, opened_by) REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_conversation_student ON conversation (district_code, student_id);
CREATE INDEX ix_conversation_school ON conversation (district_code, school_id);

-- A message is written once; a correction names the message it corrects (same conversation).
CREATE TABLE conversation_message (
  district_code   VARCHAR(6)    NOT NULL,
  id              VARCHAR(64)   NOT NULL,
  conversation_id VARCHAR(64)   NOT NULL,
  author_id       VARCHAR(64)   NOT NULL,
  author_name     VARCHAR(100)  NOT NULL,
  author_role     VARCHAR(20)   NOT NULL,
  body            VARCHAR(2000) NOT NULL,
  corrects_id     VARCHAR(64),
  sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT        NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by      VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_conversation_message PRIMARY KEY (district_code, id),
  CONSTRAINT fk_message_conversation FOREIGN KEY (district_code, conversation_id)
    REFERENCES conversation (district_code, id),
  CONSTRAINT fk_message_corrects FOREIGN KEY (district_code, corrects_id)
    REFERENCES conversation_message (district_code, id),
  CONSTRAINT fk_message_author FOREIGN KEY (district_code, author_id) REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_message_conversation ON conversation_message (district_code, conversation_id);

CREATE TABLE office_hour (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  teacher_id    VARCHAR(64)  NOT NULL,
  school_id     VARCHAR(64)  NOT NULL,
  day_of_week   VARCHAR(10)  NOT NULL,
  starts_at     TIME         NOT NULL,
  ends_at       TIME         NOT NULL,
  place         VARCHAR(200),
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_office_hour PRIMARY KEY (district_code, id),
  CONSTRAINT fk_office_hour_teacher FOREIGN KEY (district_code, teacher_id) REFERENCES app_user (district_code, id),
  CONSTRAINT fk_office_hour_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id)
);
CREATE INDEX ix_office_hour_teacher ON office_hour (district_code, teacher_id);
CREATE INDEX ix_office_hour_school ON office_hour (district_code, school_id);

-- The author is always stored (the district sees it for abuse handling); anonymous hides it from the school.
CREATE TABLE feedback (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  school_id     VARCHAR(64)   NOT NULL,
  author_id     VARCHAR(64)   NOT NULL,
  anonymous     BOOLEAN       NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  subject       VARCHAR(200)  NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_on  DATE          NOT NULL,
  due_on        DATE          NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  answer        VARCHAR(4000),
  answered_by   VARCHAR(64),
  answered_at   TIMESTAMP WITH TIME ZONE,
  closed_by     VARCHAR(64),
  closed_at     TIMESTAMP WITH TIME ZONE,
  version       BIGINT        NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_feedback PRIMARY KEY (district_code, id),
  CONSTRAINT fk_feedback_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_feedback_author FOREIGN KEY (district_code, author_id) REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_feedback_school ON feedback (district_code, school_id);
CREATE INDEX ix_feedback_author ON feedback (district_code, author_id);
