-- 活动报名 (issue 5): activities and registrations.
-- Never overbooked: `confirmed` counts the places taken; a registration takes one with the conditional
-- UPDATE activity SET confirmed = confirmed + 1 WHERE … AND confirmed < capacity (in its transaction, with
-- the activity row locked FOR UPDATE first), and the CHECK below refuses any count above the capacity.

CREATE TABLE activity (
  district_code    VARCHAR(6)   NOT NULL,
  id               VARCHAR(64)  NOT NULL,
  organiser_kind   VARCHAR(20)  NOT NULL,
  organiser_id     VARCHAR(64),
  title            VARCHAR      NOT NULL,
  description      VARCHAR,
  collaboration    VARCHAR(30)  NOT NULL,
  eligible_grades  VARCHAR(40)  NOT NULL,
  capacity         INTEGER      NOT NULL,
  opens_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  closes_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  term             VARCHAR(11)  NOT NULL,
  mode             VARCHAR(20)  NOT NULL,
  confirmed        INTEGER      NOT NULL,
  draw_seed        BIGINT,
  drawn_at         TIMESTAMP WITH TIME ZONE,
  drawn_by         VARCHAR(100),
  draw_entrants    INTEGER,
  version          BIGINT       NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(100) NOT NULL,
  changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by       VARCHAR(100) NOT NULL,
  CONSTRAINT pk_activity PRIMARY KEY (district_code, id),
  CONSTRAINT ck_activity_places CHECK (capacity >= 1 AND confirmed >= 0 AND confirmed <= capacity)
);
CREATE INDEX ix_activity_term ON activity (district_code, term);

CREATE TABLE activity_registration (
  district_code  VARCHAR(6)   NOT NULL,
  id             VARCHAR(64)  NOT NULL,
  activity_id    VARCHAR(64)  NOT NULL,
  student_id     VARCHAR(64)  NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  position       BIGINT       NOT NULL,
  registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  registered_by  VARCHAR(100) NOT NULL,
  cancelled_at   TIMESTAMP WITH TIME ZONE,
  cancelled_by   VARCHAR(100),
  version        BIGINT       NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by     VARCHAR(100) NOT NULL,
  CONSTRAINT pk_activity_registration PRIMARY KEY (district_code, id),
  CONSTRAINT uq_activity_registration_student UNIQUE (district_code, activity_id, student_id),
  CONSTRAINT fk_activity_registration_activity FOREIGN KEY (district_code, activity_id)
    REFERENCES activity (district_code, id),
  CONSTRAINT fk_activity_registration_student FOREIGN KEY (district_code, student_id)
    REFERENCES student (district_code, id)
);
CREATE INDEX ix_activity_registration_student ON activity_registration (district_code, student_id);
