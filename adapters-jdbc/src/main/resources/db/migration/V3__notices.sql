-- Notices of the home-school platform (家校互动, 五(一)2): the notice, one receipt per guardian, and the
-- transactional outbox of outbound deliveries (SMS, WeChat, e-mail), written in the same transaction.
-- The district key comes first in every key (Citus: distributed by district_code).

CREATE TABLE notice (
  district_code           VARCHAR(6)  NOT NULL,
  id                      VARCHAR(64) NOT NULL,
  audience_kind           VARCHAR(20) NOT NULL,
  school_id               VARCHAR(64),
  grade                   INTEGER,
  class_id                VARCHAR(64),
  audience_guardians      VARCHAR,            -- comma-separated guardian ids of a GUARDIANS audience
  title                   VARCHAR     NOT NULL,
  body                    VARCHAR     NOT NULL,
  confirmation_mode       VARCHAR(20) NOT NULL,
  urgent                  BOOLEAN     NOT NULL,
  names_student_confirmed BOOLEAN     NOT NULL,
  sent_by                 VARCHAR(64) NOT NULL,
  published_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  release_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  recipients              INTEGER     NOT NULL,
  version                 BIGINT      NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by              VARCHAR(100) NOT NULL,
  changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by              VARCHAR(100) NOT NULL,
  CONSTRAINT pk_notice PRIMARY KEY (district_code, id)
);

CREATE INDEX ix_notice_release ON notice (district_code, release_at);

CREATE TABLE notice_receipt (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,
  notice_id     VARCHAR(64) NOT NULL,
  guardian_id   VARCHAR(64) NOT NULL,
  student_ids   VARCHAR     NOT NULL,           -- comma-separated: the guardian's children the notice concerns
  read_at       TIMESTAMP WITH TIME ZONE,
  confirmed_at  TIMESTAMP WITH TIME ZONE,
  signature     VARCHAR(100),
  reminders     INTEGER     NOT NULL,
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_notice_receipt PRIMARY KEY (district_code, id),
  CONSTRAINT uq_notice_receipt_guardian UNIQUE (district_code, notice_id, guardian_id),
  CONSTRAINT fk_notice_receipt_notice FOREIGN KEY (district_code, notice_id) REFERENCES notice (district_code, id)
);

CREATE INDEX ix_notice_receipt_guardian ON notice_receipt (district_code, guardian_id);

CREATE TABLE notice_outbox (
  district_code VARCHAR(6)  NOT NULL,
  id            VARCHAR(64) NOT NULL,            -- the delivery id: the channel's idempotency key
  notice_id     VARCHAR(64) NOT NULL,
  receipt_id    VARCHAR(64) NOT NULL,
  guardian_id   VARCHAR(64) NOT NULL,
  kind          VARCHAR(20) NOT NULL,
  available_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts      INTEGER     NOT NULL,
  last_error    VARCHAR,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_notice_outbox PRIMARY KEY (district_code, id)
);

CREATE INDEX ix_notice_outbox_due ON notice_outbox (available_at);
