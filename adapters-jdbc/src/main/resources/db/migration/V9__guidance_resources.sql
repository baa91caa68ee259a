-- Family-education guidance column (家庭教育指导专栏, 五(一)2): items (ARTICLE, VIDEO, COURSE) of the district
-- (school_id NULL) or of a school, DRAFT -> PUBLISHED -> WITHDRAWN (kept); a course's lessons by position; each
-- guardian's completed parts (the item itself for an article or a video, a lesson for a course), recorded once.
-- Resources shared between schools (资源共享, 五(一)2), withdrawn but never deleted. Every key starts with
-- district_code. SQL that H2 2.x and PostgreSQL both accept.

CREATE TABLE guidance_item (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  school_id     VARCHAR(64),
  kind          VARCHAR(10)   NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  body          VARCHAR(20000),
  speaker       VARCHAR(100),
  video_url     VARCHAR(500),
  target_grades VARCHAR(40)   NOT NULL,
  topics        VARCHAR(200)  NOT NULL,
  status        VARCHAR(10)   NOT NULL,
  author_id     VARCHAR(64)   NOT NULL,
  drafted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  published_at  TIMESTAMP WITH TIME ZONE,
  withdrawn_at  TIMESTAMP WITH TIME ZONE,
  version       BIGINT        NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_guidance_item PRIMARY KEY (district_code, id),
  CONSTRAINT fk_guidance_item_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_guidance_item_user FOREIGN KEY (district_code, author_id) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_guidance_item_kind CHECK (kind IN ('ARTICLE', 'VIDEO', 'COURSE')),
  CONSTRAINT ck_guidance_item_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
  CONSTRAINT ck_guidance_item_video CHECK ((kind = 'VIDEO') = (video_url IS NOT NULL AND speaker IS NOT NULL)),
  CONSTRAINT ck_guidance_item_https CHECK (video_url IS NULL OR video_url LIKE 'https://%'),
  CONSTRAINT ck_guidance_item_published CHECK ((status = 'DRAFT') = (published_at IS NULL))
);
CREATE INDEX ix_guidance_item_school ON guidance_item (district_code, school_id);

CREATE TABLE guidance_lesson (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  item_id       VARCHAR(64)   NOT NULL,
  position      INTEGER       NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  body          VARCHAR(20000),
  video_url     VARCHAR(500),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_guidance_lesson PRIMARY KEY (district_code, id),
  CONSTRAINT uq_guidance_lesson_position UNIQUE (district_code, item_id, position),
  CONSTRAINT fk_guidance_lesson_item FOREIGN KEY (district_code, item_id) REFERENCES guidance_item (district_code, id),
  CONSTRAINT ck_guidance_lesson_content CHECK (body IS NOT NULL OR video_url IS NOT NULL),
  CONSTRAINT ck_guidance_lesson_https CHECK (video_url IS NULL OR video_url LIKE 'https://%')
);

CREATE TABLE guidance_progress (
  district_code VARCHAR(6)    NOT NULL,
  item_id       VARCHAR(64)   NOT NULL,
  part_id       VARCHAR(64)   NOT NULL,
  guardian_id   VARCHAR(64)   NOT NULL,
  learner_id    VARCHAR(64)   NOT NULL,
  completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_guidance_progress PRIMARY KEY (district_code, item_id, part_id, guardian_id),
  CONSTRAINT fk_guidance_progress_item FOREIGN KEY (district_code, item_id) REFERENCES guidance_item (district_code, id),
  CONSTRAINT fk_guidance_progress_guardian FOREIGN KEY (district_code, guardian_id)
    REFERENCES guardian (district_code, id),
  CONSTRAINT fk_guidance_progress_learner FOREIGN KEY (district_code, learner_id) REFERENCES app_user (district_code, id)
);
CREATE INDEX ix_guidance_progress_guardian ON guidance_progress (district_code, guardian_id);
CREATE INDEX ix_guidance_progress_completed ON guidance_progress (district_code, completed_at);

CREATE TABLE shared_resource (
  district_code VARCHAR(6)    NOT NULL,
  id            VARCHAR(64)   NOT NULL,
  school_id     VARCHAR(64)   NOT NULL,
  kind          VARCHAR(10)   NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  description   VARCHAR(2000),
  link          VARCHAR(500)  NOT NULL,
  collaborations VARCHAR(200) NOT NULL,
  shared_by     VARCHAR(64)   NOT NULL,
  shared_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  withdrawn_by  VARCHAR(64),
  withdrawn_at  TIMESTAMP WITH TIME ZONE,
  version       BIGINT        NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT pk_shared_resource PRIMARY KEY (district_code, id),
  CONSTRAINT fk_shared_resource_school FOREIGN KEY (district_code, school_id) REFERENCES school (district_code, id),
  CONSTRAINT fk_shared_resource_user FOREIGN KEY (district_code, shared_by) REFERENCES app_user (district_code, id),
  CONSTRAINT ck_shared_resource_kind CHECK (kind IN ('TEACHING', 'ACTIVITY')),
  CONSTRAINT ck_shared_resource_https CHECK (link LIKE 'https://%'),
  CONSTRAINT ck_shared_resource_withdrawn CHECK ((withdrawn_by IS NULL) = (withdrawn_at IS NULL))
);
CREATE INDEX ix_shared_resource_school ON shared_resource (district_code, school_id);
