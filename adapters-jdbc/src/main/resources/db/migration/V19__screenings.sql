-- Screening campaigns and results (心理普测, 五(二)2). A campaign: one school, term and scale of the seed (one per
-- school, term and scale: uq_screening_campaign), open from opens_on to closes_on. A result: one student's score
-- on the campaign's scale (mental-health data: only the school's counsellors read it, every import and read is
-- audited in audit_event, V8); one per campaign and student (uq_screening_result); a corrected re-import updates
-- the row in place (score, taken_on, imported_by/at, changed_at/by). The suggested level is not stored: it follows
-- from the seed's bands. Every key starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE screening_campaign (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  school_id     VARCHAR(64)  NOT NULL,
  term          VARCHAR(11)  NOT NULL,
  scale         VARCHAR(40)  NOT NULL,
  opens_on      DATE         NOT NULL,
  closes_on     DATE         NOT NULL,
  recorded_by   VARCHAR(64)  NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_screening_campaign PRIMARY KEY (district_code, id),
  CONSTRAINT uq_screening_campaign UNIQUE (district_code, school_id, term, scale),
  CONSTRAINT fk_screening_campaign_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_screening_campaign_recorded_by FOREIGN KEY (district_code, recorded_by)
    REFERENCES app_user (district_code, id),
  CONSTRAINT ck_screening_campaign_window CHECK (closes_on >= opens_on)
);

CREATE TABLE screening_result (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  campaign_id   VARCHAR(64)   NOT NULL,
  student_id    VARCHAR(64)   NOT NULL,
  scale         VARCHAR(40)   NOT NULL,
  score         NUMERIC(7, 2) NOT NULL,
  taken_on      DATE          NOT NULL,
  imported_by   VARCHAR(64)   NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_screening_result PRIMARY KEY (district_code, id),
  CONSTRAINT uq_screening_result UNIQUE (district_code, campaign_id, student_id),
  CONSTRAINT fk_screening_result_campaign FOREIGN KEY (district_code, campaign_id)
    REFERENCES screening_campaign (district_code, id),
  CONSTRAINT fk_screening_result_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT fk_screening_result_imported_by FOREIGN KEY (district_code, imported_by)
    REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_screening_result_student ON screening_result (district_code, student_id);
