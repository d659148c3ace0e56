-- What the parse worker needs: why a parse failed, the sections of a parsed CV, who holds a
-- queue lease, when a job finished, and the notifications that tell owners how their parse went.

ALTER TABLE cvs
  ADD COLUMN failure_reason text,
  -- A reason only makes sense beside a failed status; a re-parse clears it.
  ADD CONSTRAINT cvs_failure_reason_only_when_failed
    CHECK (status = 'failed' OR failure_reason IS NULL);

-- One row per parsed CV. The sections are a versioned JSON document of the adapter's own shape;
-- the counts are copied out of it so reports need not open the document.
CREATE TABLE cv_parse_results (
  cv_id                text        PRIMARY KEY REFERENCES cvs (id) ON DELETE CASCADE,
  sections             jsonb       NOT NULL,
  page_count           integer     NOT NULL CHECK (page_count >= 0),
  quality              text        NOT NULL CHECK (quality IN ('good', 'partial', 'poor')),
  skills_count         integer     NOT NULL CHECK (skills_count >= 0),
  experience_count     integer     NOT NULL CHECK (experience_count >= 0),
  education_count      integer     NOT NULL CHECK (education_count >= 0),
  certifications_count integer     NOT NULL CHECK (certifications_count >= 0),
  parsed_at            timestamptz NOT NULL
);

-- leased_by names the worker that holds, or last held, the lease. A worker may only finish a job
-- while the row is still leased to it at the same attempt, so one whose lease ran out and was
-- taken over cannot overwrite the new holder's outcome.
ALTER TABLE cv_parse_queue
  ADD COLUMN leased_by   text,
  ADD COLUMN finished_at timestamptz;

-- Rows finished before this migration get their creation time, so the check below holds.
UPDATE cv_parse_queue SET finished_at = created_at WHERE status IN ('done', 'dead');

ALTER TABLE cv_parse_queue
  ADD CONSTRAINT cv_parse_queue_lease_has_a_holder
    CHECK (status <> 'leased' OR leased_by IS NOT NULL),
  ADD CONSTRAINT cv_parse_queue_finished_jobs_have_a_time
    CHECK (status NOT IN ('done', 'dead') OR finished_at IS NOT NULL);

CREATE TABLE notifications (
  id           text        PRIMARY KEY,
  recipient_id text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  cv_id        text        NOT NULL REFERENCES cvs (id) ON DELETE CASCADE,
  kind         text        NOT NULL CHECK (kind IN ('cv_parsed', 'cv_parse_failed')),
  message      text        NOT NULL,
  created_at   timestamptz NOT NULL,
  read_at      timestamptz
);

-- Serves the listing as written: one recipient, unread first, newest first.
CREATE INDEX notifications_by_recipient_unread_newest_first
  ON notifications (recipient_id, (read_at IS NOT NULL), created_at DESC, id DESC);
CREATE INDEX notifications_by_cv ON notifications (cv_id);
