-- Accounts, sessions, throttling of failed logins, uploaded CVs and the queue of their parses.
-- Every timestamp is timestamptz: instants, never wall-clock times.

CREATE TABLE users (
  id            text        PRIMARY KEY,
  email         text        NOT NULL,
  password_hash text        NOT NULL,
  registered_at timestamptz NOT NULL,
  CONSTRAINT users_email_unique UNIQUE (email),
  -- The application normalises addresses; the check keeps a hand-written row from slipping past.
  CONSTRAINT users_email_lower_case CHECK (email = lower(email))
);

-- Only the SHA-256 of a bearer token is stored, so a leaked table opens no session.
CREATE TABLE sessions (
  token_hash text        PRIMARY KEY,
  user_id    text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CONSTRAINT sessions_expire_after_creation CHECK (expires_at > created_at)
);

CREATE INDEX sessions_by_user ON sessions (user_id);

-- account_key is the hex SHA-256 of the normalised e-mail address, so the address is stored in
-- clear only once, in users.
CREATE TABLE login_failures (
  id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_key    text        NOT NULL,
  client_address text        NOT NULL,
  failed_at      timestamptz NOT NULL
);

CREATE INDEX login_failures_by_account ON login_failures (account_key, failed_at);
CREATE INDEX login_failures_by_address ON login_failures (client_address, failed_at);

CREATE TABLE cvs (
  id           text        PRIMARY KEY,
  owner_id     text        NOT NULL REFERENCES users (id),
  filename     text        NOT NULL,
  format       text        NOT NULL CHECK (format IN ('pdf', 'docx')),
  size_bytes   bigint      NOT NULL CHECK (size_bytes > 0),
  content_hash text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  storage_key  text        NOT NULL UNIQUE,
  status       text        NOT NULL
                           CHECK (status IN ('uploaded', 'parsing', 'parsed', 'failed')),
  uploaded_at  timestamptz NOT NULL,
  -- Two simultaneous uploads of the same bytes by one owner end as one CV: the second insert
  -- waits for the first to commit and then fails here.
  CONSTRAINT cvs_owner_content_hash_unique UNIQUE (owner_id, content_hash)
);

CREATE INDEX cvs_by_owner_newest_first ON cvs (owner_id, uploaded_at DESC, id DESC);

-- A parse job. Workers lease one at a time with
--   SELECT ... WHERE (status = 'queued' AND available_at <= now())
--                 OR (status = 'leased' AND leased_until < now())
--   ORDER BY available_at LIMIT 1 FOR UPDATE SKIP LOCKED
-- so several workers on several machines never take the same job, and the job of a worker that
-- died comes back once its lease runs out.
CREATE TABLE cv_parse_queue (
  id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cv_id        text        NOT NULL REFERENCES cvs (id) ON DELETE CASCADE,
  owner_id     text        NOT NULL REFERENCES users (id),
  request_id   text        NOT NULL,
  status       text        NOT NULL DEFAULT 'queued'
                           CHECK (status IN ('queued', 'leased', 'done', 'dead')),
  attempts     integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  available_at timestamptz NOT NULL,
  leased_until timestamptz,
  last_error   text,
  created_at   timestamptz NOT NULL,
  CONSTRAINT cv_parse_queue_lease_has_an_end CHECK (status <> 'leased' OR leased_until IS NOT NULL)
);

CREATE INDEX cv_parse_queue_by_cv ON cv_parse_queue (cv_id);
CREATE INDEX cv_parse_queue_ready ON cv_parse_queue (available_at) WHERE status = 'queued';
CREATE INDEX cv_parse_queue_lease_expiry ON cv_parse_queue (leased_until) WHERE status = 'leased';
