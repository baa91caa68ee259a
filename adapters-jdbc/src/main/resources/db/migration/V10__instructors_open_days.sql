-- Family-education instructors (家庭教育指导师, 五(一)4): the three-tier team (an instructor belongs to the
-- district, one school or one partner) and the log of services they delivered (added only); parent open days
-- (家长开放日, 五(一)3) and reception days (家长接待日, 三(三)2) with their slots and guardians' bookings. A slot's
-- booked count is taken with a conditional UPDATE (booked < capacity), as activity places are, and the CHECK
-- below is the last line of defence against overbooking. Every key starts with district_code. SQL that H2 2.x and
-- PostgreSQL both accept.

CREATE TABLE instructor (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  tier          VARCHAR(10)  NOT NULL,
  school_id     VARCHAR(64),
  partner_id    VARCHAR(64),
  specialties   VARCHAR(200) NOT NULL,
  user_id       VARCHAR(64),
  registered_by VARCHAR(64)  NOT NULL,
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  retired_at    TIMESTAMP WITH TIME ZONE,
  retired_by    VARCHAR(64),
  retire_reason VARCHAR(500),
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_instructor PRIMARY KEY (district_code, id),
  CONSTRAINT fk_instructor_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_instructor_partner FOREIGN KEY (district_code, partner_id) REFERENCES partner (district_code, id),
  CONSTRAINT fk_instructor_user FOREIGN KEY (district_code, user_id) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_instructor_tier CHECK (tier IN ('DISTRICT', 'SCHOOL', 'COMMUNITY')),
  CONSTRAINT ck_instructor_school CHECK ((tier = 'SCHOOL') = (school_id IS NOT NULL)),
  CONSTRAINT ck_instructor_partner CHECK ((tier = 'COMMUNITY') = (partner_id IS NOT NULL)),
  CONSTRAINT ck_instructor_retired CHECK ((retired_at IS NULL) = (retired_by IS NULL))
);
CREATE INDEX ix_instructor_school ON instructor (district_code, school_id);

CREATE TABLE instructor_service (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  instructor_id VARCHAR(64)  NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  served_on     DATE         NOT NULL,
  hours         NUMERIC(4, 1) NOT NULL,
  school_id     VARCHAR(64),
  partner_id    VARCHAR(64),
  audience      INTEGER      NOT NULL,
  note          VARCHAR(200),
  logged_by     VARCHAR(64)  NOT NULL,
  logged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_instructor_service PRIMARY KEY (district_code, id),
  CONSTRAINT fk_instructor_service_instructor FOREIGN KEY (district_code, instructor_id)
    REFERENCES instructor (district_code, id),
  CONSTRAINT fk_instructor_service_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_instructor_service_partner FOREIGN KEY (district_code, partner_id)
    REFERENCES partner (district_code, id),
  CONSTRAINT ck_instructor_service_kind CHECK (kind IN ('RESEARCH', 'LECTURE_TOUR', 'INDIVIDUAL_GUIDANCE',
    'DEMONSTRATION')),
  CONSTRAINT ck_instructor_service_place CHECK ((school_id IS NULL) <> (partner_id IS NULL)),
  CONSTRAINT ck_instructor_service_hours CHECK (hours >= 0.5 AND hours <= 12),
  CONSTRAINT ck_instructor_service_audience CHECK (audience >= 0)
);
CREATE INDEX ix_instructor_service_instructor ON instructor_service (district_code, instructor_id);
CREATE INDEX ix_instructor_service_served ON instructor_service (district_code, served_on);

CREATE TABLE open_day (
  district_code     VARCHAR(6)   NOT NULL,
  id                VARCHAR(64)  NOT NULL,
  school_id         VARCHAR(64)  NOT NULL,
  kind              VARCHAR(20)  NOT NULL,
  title             VARCHAR(200) NOT NULL,
  held_on           DATE         NOT NULL,
  place             VARCHAR(200) NOT NULL,
  booking_closes_at TIMESTAMP WITH TIME ZONE,
  scheduled_by      VARCHAR(64)  NOT NULL,
  scheduled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(100) NOT NULL,
  CONSTRAINT pk_open_day PRIMARY KEY (district_code, id),
  CONSTRAINT fk_open_day_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT ck_open_day_kind CHECK (kind IN ('OPEN_DAY', 'RECEPTION_DAY'))
);
CREATE INDEX ix_open_day_school ON open_day (district_code, school_id);

CREATE TABLE open_day_slot (
  district_code VARCHAR(6)   NOT NULL,
  open_day_id   VARCHAR(64)  NOT NULL,
  slot_id       VARCHAR(64)  NOT NULL,
  starts_at     TIME         NOT NULL,
  ends_at       TIME         NOT NULL,
  capacity      INTEGER      NOT NULL,
  booked        INTEGER      NOT NULL,
  CONSTRAINT pk_open_day_slot PRIMARY KEY (district_code, open_day_id, slot_id),
  CONSTRAINT fk_open_day_slot_day FOREIGN KEY (district_code, open_day_id) REFERENCES open_day (district_code, id),
  CONSTRAINT ck_open_day_slot_times CHECK (ends_at > starts_at),
  CONSTRAINT ck_open_day_slot_booked CHECK (booked >= 0 AND booked <= capacity AND capacity >= 1)
);

CREATE TABLE open_day_booking (
  district_code VARCHAR(6)   NOT NULL,
  id            VARCHAR(64)  NOT NULL,
  open_day_id   VARCHAR(64)  NOT NULL,
  slot_id       VARCHAR(64)  NOT NULL,
  guardian_id   VARCHAR(64)  NOT NULL,
  student_id    VARCHAR(64)  NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  booked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  booked_by     VARCHAR(64)  NOT NULL,
  cancelled_at  TIMESTAMP WITH TIME ZONE,
  cancelled_by  VARCHAR(64),
  version       BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_open_day_booking PRIMARY KEY (district_code, id),
  CONSTRAINT fk_open_day_booking_slot FOREIGN KEY (district_code, open_day_id, slot_id)
    REFERENCES open_day_slot (district_code, open_day_id, slot_id),
  CONSTRAINT fk_open_day_booking_guardian FOREIGN KEY (district_code, guardian_id)
    REFERENCES guardian (district_code, id),
  CONSTRAINT fk_open_day_booking_student FOREIGN KEY (district_code, student_id) REFERENCES student (district_code, id),
  CONSTRAINT ck_open_day_booking_status CHECK (status IN ('BOOKED', 'CANCELLED')),
  CONSTRAINT ck_open_day_booking_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX ix_open_day_booking_day ON open_day_booking (district_code, open_day_id);
CREATE INDEX ix_open_day_booking_guardian ON open_day_booking (district_code, guardian_id);
