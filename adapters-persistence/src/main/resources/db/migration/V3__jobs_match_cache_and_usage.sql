-- Job postings, the shared cache of match results, and the ledger of every analysis with its
-- tokens and cost.

CREATE TABLE jobs (
  id           text        PRIMARY KEY,
  owner_id     text        NOT NULL REFERENCES users (id),
  title        text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  company      text        NOT NULL,
  description  text        NOT NULL,
  -- The skills the posting asks for, in the order given.
  requirements text[]      NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);

CREATE INDEX jobs_by_owner_newest_first ON jobs (owner_id, created_at DESC, id DESC);

-- One result per CV, job, matcher version and model. The content hashes it was computed from sit
-- outside the key and every read must match them: a job edited since then misses, and the next
-- result for the same four replaces the stale row instead of piling up beside it. Rows go with
-- their CV or job through the cascades, and name one owner's CV, so no result crosses owners.
CREATE TABLE match_cache (
  cv_id            text        NOT NULL REFERENCES cvs (id) ON DELETE CASCADE,
  job_id           text        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  matcher_version  text        NOT NULL,
  model            text        NOT NULL,
  cv_content_hash  text        NOT NULL CHECK (cv_content_hash ~ '^[0-9a-f]{64}$'),
  job_content_hash text        NOT NULL CHECK (job_content_hash ~ '^[0-9a-f]{64}$'),
  -- A versioned JSON document of the adapter's own shape; the score is copied out for reports.
  result           jsonb       NOT NULL,
  score            integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
  created_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  CONSTRAINT match_cache_key PRIMARY KEY (cv_id, job_id, matcher_version, model),
  CONSTRAINT match_cache_expires_after_creation CHECK (expires_at > created_at)
);

-- The primary key serves the cascade from cvs; this one serves the cascade from jobs.
CREATE INDEX match_cache_by_job ON match_cache (job_id);
CREATE INDEX match_cache_expiry ON match_cache (expires_at);

-- cv_id and job_id are plain text, not foreign keys: the ledger is a bill and outlives the CVs
-- and jobs it names. Costs are kept to the micro-dollar; PostgreSQL rounds finer ones half away
-- from zero. Sums over numeric are exact.
CREATE TABLE usage_ledger (
  id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         text          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  cv_id           text          NOT NULL,
  job_id          text          NOT NULL,
  matcher_version text          NOT NULL,
  model           text          NOT NULL,
  input_tokens    bigint        NOT NULL CHECK (input_tokens >= 0),
  output_tokens   bigint        NOT NULL CHECK (output_tokens >= 0),
  cost_usd        numeric(18,6) NOT NULL CHECK (cost_usd >= 0),
  recorded_at     timestamptz   NOT NULL
);

CREATE INDEX usage_ledger_by_user ON usage_ledger (user_id, recorded_at DESC);
