-- jiaolianti schema, version 1. One script for H2 (2.x) and PostgreSQL (15+): only types and
-- syntax both understand (VARCHAR, DATE, TIMESTAMP WITH TIME ZONE, NUMERIC, BOOLEAN, BIGINT).
--
-- Tenancy: every table carries district_code, first in every primary key, unique key and foreign
-- key, so a province-wide deployment can distribute the tables by district_code (Citus) without a
-- schema change. username_registry is the one table meant as a reference table (a username is
-- unique across districts); README "Storage" lists them.
--
-- Nothing is deleted: records the domain voids carry voided_by/voided_at/void_reason; audit columns
-- created_at/created_by/changed_at/changed_by sit on every table that is written more than once.

CREATE TABLE district_policy (
  district_code   VARCHAR(6)   NOT NULL,
  policy_version  VARCHAR(100) NOT NULL,
  seed_text       VARCHAR      NOT NULL,
  activated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  activated_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_district_policy PRIMARY KEY (district_code)
);

-- every activation, for the record (which version was in force when)
CREATE TABLE policy_activation (
  district_code   VARCHAR(6)   NOT NULL,
  activation_no   BIGINT       NOT NULL,
  policy_version  VARCHAR(100) NOT NULL,
  activated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  activated_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_policy_activation PRIMARY KEY (district_code, activation_no)
);

CREATE TABLE town (
  district_code VARCHAR(6)  NOT NULL,
  code          VARCHAR(9)  NOT NULL,
  name          VARCHAR     NOT NULL,
  kind          VARCHAR(20) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_town PRIMARY KEY (district_code, code)
);

CREATE TABLE school (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  code          VARCHAR(10) NOT NULL,
  name          VARCHAR     NOT NULL,
  school_type   VARCHAR(30) NOT NULL,
  town_code     VARCHAR(9)  NOT NULL,
  opened_on     DATE        NOT NULL,
  closed_on     DATE,
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_school PRIMARY KEY (district_code, id),
  CONSTRAINT uq_school_code UNIQUE (district_code, code),
  CONSTRAINT fk_school_town FOREIGN KEY (district_code, town_code) REFERENCES town (district_code, code)
);

CREATE TABLE experimental_zone (
  district_code       VARCHAR(6)  NOT NULL,
  id                  VARCHAR(64) NOT NULL,
  name                VARCHAR     NOT NULL,
  lead_school_id      VARCHAR(64) NOT NULL,
  coordination_office VARCHAR,
  established_on      DATE        NOT NULL,
  version             BIGINT      NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(100) NOT NULL,
  changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by          VARCHAR(100) NOT NULL,
  CONSTRAINT pk_experimental_zone PRIMARY KEY (district_code, id),
  CONSTRAINT fk_experimental_zone_lead_school FOREIGN KEY (district_code, lead_school_id) REFERENCES school (district_code, id)
);

CREATE TABLE zone_membership (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  zone_id       VARCHAR(64) NOT NULL,
  membership_no INTEGER     NOT NULL,
  school_id     VARCHAR(64) NOT NULL,
  valid_from    DATE        NOT NULL,
  valid_to      DATE,
  voided_by     VARCHAR(100),
  voided_at     TIMESTAMP WITH TIME ZONE,
  void_reason   VARCHAR,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_zone_membership PRIMARY KEY (district_code, id),
  CONSTRAINT fk_zone_membership_zone FOREIGN KEY (district_code, zone_id) REFERENCES experimental_zone (district_code, id),
  CONSTRAINT fk_zone_membership_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id)
);
CREATE INDEX ix_zone_membership_zone ON zone_membership (district_code, zone_id);
CREATE INDEX ix_zone_membership_school ON zone_membership (district_code, school_id);

CREATE TABLE committee_member (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  school_id     VARCHAR(64) NOT NULL,
  name          VARCHAR     NOT NULL,
  kind          VARCHAR(30) NOT NULL,
  duty          VARCHAR,
  valid_from    DATE        NOT NULL,
  valid_to      DATE,
  voided_by     VARCHAR(100),
  voided_at     TIMESTAMP WITH TIME ZONE,
  void_reason   VARCHAR,
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_committee_member PRIMARY KEY (district_code, id),
  CONSTRAINT fk_committee_member_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id)
);
CREATE INDEX ix_committee_member_school ON committee_member (district_code, school_id);

CREATE TABLE partner (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  kind          VARCHAR(30) NOT NULL,
  name          VARCHAR     NOT NULL,
  unit_code     VARCHAR(64),
  town_code     VARCHAR(9),
  resource_kind VARCHAR(30),
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_partner PRIMARY KEY (district_code, id),
  CONSTRAINT fk_partner_town FOREIGN KEY (district_code, town_code) REFERENCES town (district_code, code)
);

CREATE TABLE docking_agreement (
  district_code      VARCHAR(6)  NOT NULL,
  id                 VARCHAR(64) NOT NULL,
  school_id          VARCHAR(64) NOT NULL,
  partner_id         VARCHAR(64) NOT NULL,
  collaborations     VARCHAR(200) NOT NULL,
  duties             VARCHAR,
  docking_mode       VARCHAR,
  responsible_person VARCHAR,
  contact            VARCHAR,
  valid_from         DATE        NOT NULL,
  valid_to           DATE,
  voided_by          VARCHAR(100),
  voided_at          TIMESTAMP WITH TIME ZONE,
  void_reason        VARCHAR,
  version            BIGINT      NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by         VARCHAR(100) NOT NULL,
  CONSTRAINT pk_docking_agreement PRIMARY KEY (district_code, id),
  CONSTRAINT fk_docking_agreement_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_docking_agreement_partner FOREIGN KEY (district_code, partner_id) REFERENCES partner (district_code, id)
);
CREATE INDEX ix_docking_agreement_school ON docking_agreement (district_code, school_id);

CREATE TABLE guardian (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  name          VARCHAR     NOT NULL,
  mobile        VARCHAR(11) NOT NULL,
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_guardian PRIMARY KEY (district_code, id)
);

CREATE TABLE app_user (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  username      VARCHAR(100) NOT NULL,
  display_name  VARCHAR      NOT NULL,
  guardian_id   VARCHAR(64),
  active        BOOLEAN      NOT NULL,
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (district_code, id),
  CONSTRAINT uq_app_user_username UNIQUE (district_code, username),
  CONSTRAINT fk_app_user_guardian FOREIGN KEY (district_code, guardian_id) REFERENCES guardian (district_code, id)
);

-- A username is unique across all districts (one login page for a province). Under Citus this is
-- a reference table: its key cannot carry the district, so it is replicated instead of distributed.
CREATE TABLE username_registry (
  username      VARCHAR(100) NOT NULL,
  district_code VARCHAR(6)   NOT NULL,
  user_id       VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_username_registry PRIMARY KEY (username)
);

CREATE TABLE role_assignment (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  user_id       VARCHAR(64)  NOT NULL,
  role          VARCHAR(40)  NOT NULL,
  scope_type    VARCHAR(20)  NOT NULL,
  scope_ref     VARCHAR(64),
  valid_from    DATE         NOT NULL,
  valid_to      DATE,
  revoked_by    VARCHAR(100),
  revoked_at    TIMESTAMP WITH TIME ZONE,
  revoke_reason VARCHAR,
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_role_assignment PRIMARY KEY (district_code, id),
  CONSTRAINT fk_role_assignment_user FOREIGN KEY (district_code, user_id) REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_role_assignment_user ON role_assignment (district_code, user_id);

CREATE TABLE school_class (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  school_id     VARCHAR(64) NOT NULL,
  school_year   INTEGER     NOT NULL,
  grade         INTEGER     NOT NULL,
  class_number  INTEGER     NOT NULL,
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_school_class PRIMARY KEY (district_code, id),
  CONSTRAINT uq_school_class UNIQUE (district_code, school_id, school_year, grade, class_number),
  CONSTRAINT fk_school_class_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id)
);

CREATE TABLE student (
  district_code   VARCHAR(6)  NOT NULL,
  id              VARCHAR(64) NOT NULL,
  school_id       VARCHAR(64) NOT NULL,
  class_id        VARCHAR(64),
  name            VARCHAR     NOT NULL,
  gender          VARCHAR(10) NOT NULL,
  birth_date      DATE        NOT NULL,
  national_number VARCHAR(19),
  version         BIGINT      NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  CONSTRAINT pk_student PRIMARY KEY (district_code, id),
  CONSTRAINT uq_student_national_number UNIQUE (district_code, national_number),
  CONSTRAINT fk_student_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_student_class FOREIGN KEY (district_code, class_id) REFERENCES school_class (district_code, id)
);
CREATE INDEX ix_student_school ON student (district_code, school_id);

CREATE TABLE guardian_link (
  district_code VARCHAR(6)  NOT NULL,
  guardian_id   VARCHAR(64) NOT NULL,
  student_id    VARCHAR(64) NOT NULL,
  relation      VARCHAR(20) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_guardian_link PRIMARY KEY (district_code, guardian_id, student_id),
  CONSTRAINT fk_guardian_link_guardian FOREIGN KEY (district_code, guardian_id) REFERENCES guardian (district_code, id),
  CONSTRAINT fk_guardian_link_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id)
);
CREATE INDEX ix_guardian_link_student ON guardian_link (district_code, student_id);

CREATE TABLE typical_case (
  district_code  VARCHAR(6)  NOT NULL,
  id             VARCHAR(64) NOT NULL,
  title          VARCHAR     NOT NULL,
  kind           VARCHAR(30) NOT NULL,
  collaborations VARCHAR(200) NOT NULL,
  from_school_id VARCHAR(64),
  from_unit      VARCHAR(64),
  selected_on    DATE        NOT NULL,
  voided_by      VARCHAR(100),
  voided_at      TIMESTAMP WITH TIME ZONE,
  void_reason    VARCHAR,
  version        BIGINT      NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by     VARCHAR(100) NOT NULL,
  CONSTRAINT pk_typical_case PRIMARY KEY (district_code, id),
  CONSTRAINT fk_typical_case_school FOREIGN KEY (district_code, from_school_id) REFERENCES school (district_code, id)
);

CREATE TABLE exchange_event (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  held_on       DATE        NOT NULL,
  organiser     VARCHAR     NOT NULL,
  title         VARCHAR     NOT NULL,
  voided_by     VARCHAR(100),
  voided_at     TIMESTAMP WITH TIME ZONE,
  void_reason   VARCHAR,
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_exchange_event PRIMARY KEY (district_code, id)
);

-- a closed year (年度考核) with its frozen figures; append-only
CREATE TABLE year_closing (
  district_code VARCHAR(6)   NOT NULL,
  closing_year  INTEGER      NOT NULL,
  closed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_by     VARCHAR(100) NOT NULL,
  CONSTRAINT pk_year_closing PRIMARY KEY (district_code, closing_year)
);

CREATE TABLE year_closing_figure (
  district_code  VARCHAR(6)  NOT NULL,
  closing_year   INTEGER     NOT NULL,
  figure_position INTEGER     NOT NULL,
  metric         VARCHAR(40) NOT NULL,
  target_year    INTEGER     NOT NULL,
  target_value   NUMERIC(24, 8) NOT NULL,
  figure_value   NUMERIC(24, 8) NOT NULL,
  figure_count   BIGINT      NOT NULL,
  figure_base    BIGINT,
  -- the ids of the records counted, one per line (ids never hold a line break)
  record_ids     VARCHAR     NOT NULL,
  CONSTRAINT pk_year_closing_figure PRIMARY KEY (district_code, closing_year, figure_position),
  CONSTRAINT fk_year_closing_figure FOREIGN KEY (district_code, closing_year) REFERENCES year_closing (district_code, closing_year)
);
