-- Deferred fan-out of notices (五(一)2): publishing writes ONE row here for the whole publication (in the
-- same transaction as the notice and its receipts) instead of one notice_outbox row per guardian; the
-- dispatcher expands it chunk by chunk, in guardian order after the cursor, into notice_outbox rows and
-- moves the cursor (or deletes the row after the last chunk) in one transaction per chunk.
-- The district key comes first in every key (Citus: distributed by district_code).

CREATE TABLE notice_fanout (
  district_code     VARCHAR(6)  NOT NULL,
  notice_id         VARCHAR(64) NOT NULL,
  after_guardian_id VARCHAR(64),                -- the cursor: last guardian expanded; NULL before the first chunk
  available_at      TIMESTAMP WITH TIME ZONE NOT NULL,  -- the notice's release (quiet hours hold it)
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(100) NOT NULL,
  changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by        VARCHAR(100) NOT NULL,
  CONSTRAINT pk_notice_fanout PRIMARY KEY (district_code, notice_id)
);

CREATE INDEX ix_notice_fanout_due ON notice_fanout (available_at);
