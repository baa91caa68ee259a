-- Consents (同意, PIPL Art. 31; guarding 五(二)1 referral and 五(二)2 the mental-health file): one row per
-- student, purpose and grant; never deleted; the only UPDATE records the revocation (who, when, how). Every key
-- starts with district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE consent (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  student_id    VARCHAR(64)  NOT NULL,
  purpose       VARCHAR(30)  NOT NULL,
  grantor_kind  VARCHAR(10)  NOT NULL,
  guardian_id   VARCHAR(64),
  method        VARCHAR(20)  NOT NULL,
  granted_on    DATE         NOT NULL,
  recorded_by   VARCHAR(64)  NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_on    DATE,
  revoked_by    VARCHAR(64),
  revoked_at    TIMESTAMP WITH TIME ZONE,
  revoke_method VARCHAR(20),
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_consent PRIMARY KEY (district_code, id),
  CONSTRAINT fk_consent_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT fk_consent_guardian FOREIGN KEY (district_code, guardian_id) REFERENCES guardian (district_code, id),
  CONSTRAINT fk_consent_recorded_by FOREIGN KEY (district_code, recorded_by) REFERENCES app_user (district_code, id),
  CONSTRAINT fk_consent_revoked_by FOREIGN KEY (district_code, revoked_by) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_consent_purpose CHECK (purpose IN ('GENERAL_PROCESSING', 'MENTAL_HEALTH_FILE', 'MEDICAL_REFERRAL')),
  CONSTRAINT ck_consent_grantor CHECK ((grantor_kind = 'GUARDIAN' AND guardian_id IS NOT NULL)
    OR (grantor_kind = 'STUDENT' AND guardian_id IS NULL)),
  CONSTRAINT ck_consent_method CHECK (method IN ('WRITTEN_FORM', 'IN_APP', 'IN_PERSON')),
  CONSTRAINT ck_consent_revoked CHECK ((revoked_on IS NULL AND revoked_by IS NULL AND revoked_at IS NULL
    AND revoke_method IS NULL) OR (revoked_on IS NOT NULL AND revoked_by IS NOT NULL AND revoked_at IS NOT NULL
    AND revoke_method IN ('WRITTEN_FORM', 'IN_APP', 'IN_PERSON') AND revoked_on >= granted_on))
);
CREATE INDEX ix_consent_student ON consent (district_code, student_id);

-- Health vice-principals (健康副校长, 三(二)5): a medical professional of a partner institution appointed to a school
-- for a period; the only UPDATE ends the period (optimistic on version).
CREATE TABLE health_vice_principal (
  district_code      VARCHAR(6)   NOT NULL,
  id                 VARCHAR(64)  NOT NULL,
  school_id          VARCHAR(64)  NOT NULL,
  name               VARCHAR(50)  NOT NULL,
  institution_id     VARCHAR(64)  NOT NULL,
  professional_title VARCHAR(100),
  valid_from         DATE         NOT NULL,
  valid_to           DATE,
  recorded_by        VARCHAR(64)  NOT NULL,
  recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT       NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by         VARCHAR(100) NOT NULL,
  CONSTRAINT pk_health_vice_principal PRIMARY KEY (district_code, id),
  CONSTRAINT fk_health_vice_principal_school FOREIGN KEY (district_code, school_id)
    REFERENCES school (district_code, id),
  CONSTRAINT fk_health_vice_principal_institution FOREIGN KEY (district_code, institution_id)
    REFERENCES partner (district_code, id),
  CONSTRAINT fk_health_vice_principal_recorded_by FOREIGN KEY (district_code, recorded_by)
    REFERENCES app_user (district_code, id),
  CONSTRAINT ck_health_vice_principal_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_health_vice_principal_school ON health_vice_principal (district_code, school_id);
