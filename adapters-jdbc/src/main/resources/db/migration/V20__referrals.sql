-- Crisis referrals (心理危机转介"绿色通道", 五(二)1; 三(六)4): one row per referral from a school to a medical
-- institution (a partner) and one row per step. The free text (shared_summary, outcome_note, follow_up_plan and each
-- step's note) is stored only as the application sealed it (AES-256-GCM, "fc1:<key id>:<base64>"); key_id repeats
-- the key of the referral's texts (note_key_id the step's) so values still under an old key can be found after a
-- rotation. Exactly one legal basis: consent_id (a MEDICAL_REFERRAL consent) or emergency_reason (CRISIS only).
-- file_id names the 一生一档 file once files are stored (no reference yet). Steps are only inserted; the referral
-- row is updated optimistically on version. Every key starts with district_code. SQL that H2 2.x and PostgreSQL
-- both accept.

CREATE TABLE referral (
  district_code        VARCHAR(6)    NOT NULL,
  id                   VARCHAR(64)   NOT NULL,
  school_id            VARCHAR(64)   NOT NULL,
  student_id           VARCHAR(64)   NOT NULL,
  file_id              VARCHAR(64),
  institution_id       VARCHAR(64)   NOT NULL,
  urgency              VARCHAR(20)   NOT NULL,
  status               VARCHAR(30)   NOT NULL,
  shared_summary       VARCHAR(20000) NOT NULL,
  consent_id           VARCHAR(64),
  emergency_reason     VARCHAR(40),
  guardian_informed_at TIMESTAMP WITH TIME ZONE,
  outcome_note         VARCHAR(20000),
  follow_up_plan       VARCHAR(20000),
  key_id               VARCHAR(32)   NOT NULL,
  rerouted_from        VARCHAR(64),
  rerouted_to          VARCHAR(64),
  opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  version              BIGINT        NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by           VARCHAR(100)  NOT NULL,
  changed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by           VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_referral PRIMARY KEY (district_code, id),
  CONSTRAINT fk_referral_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_referral_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT fk_referral_institution FOREIGN KEY (district_code, institution_id) REFERENCES partner (district_code, id),
  CONSTRAINT fk_referral_rerouted_from FOREIGN KEY (district_code, rerouted_from) REFERENCES referral (district_code, id),
  CONSTRAINT ck_referral_basis CHECK ((consent_id IS NULL AND emergency_reason IS NOT NULL)
    OR (consent_id IS NOT NULL AND emergency_reason IS NULL))
);
CREATE INDEX ix_referral_school ON referral (district_code, school_id);
CREATE INDEX ix_referral_institution ON referral (district_code, institution_id);

CREATE TABLE referral_step (
  district_code VARCHAR(6)   NOT NULL,
  referral_id   VARCHAR(64)  NOT NULL,
  step_no       INT          NOT NULL,
  status        VARCHAR(30)  NOT NULL,
  done_by       VARCHAR(64)  NOT NULL,
  done_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  sealed_note   VARCHAR(6000),
  note_key_id   VARCHAR(32),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_referral_step PRIMARY KEY (district_code, referral_id, step_no),
  CONSTRAINT fk_referral_step_referral FOREIGN KEY (district_code, referral_id) REFERENCES referral (district_code, id),
  CONSTRAINT fk_referral_step_user FOREIGN KEY (district_code, done_by) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_referral_step_note CHECK ((sealed_note IS NULL AND note_key_id IS NULL)
    OR (sealed_note IS NOT NULL AND note_key_id IS NOT NULL))
);
