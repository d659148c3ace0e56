-- Pruning deletes rows by age; these indexes let it find them without reading whole tables.

CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX sessions_revocation ON sessions (revoked_at) WHERE revoked_at IS NOT NULL;

CREATE INDEX login_failures_by_age ON login_failures (failed_at);

CREATE INDEX cv_parse_queue_finished ON cv_parse_queue (finished_at)
  WHERE status IN ('done', 'dead');
