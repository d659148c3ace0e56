-- Stored files that are to be removed unless a CV record claims them first. The file of an upload
-- is noted before it is stored, and the note goes in the transaction that records its CV. The
-- file of a deleted CV is noted in the transaction that deletes the CV, and the note goes once
-- storage confirms the removal. A note that stays behind (a process that died, a storage delete
-- that failed) is carried out by the pruning sweep: a deleted CV's at the next run, an upload's
-- once it is older than the grace that lets an upload in progress on another node finish.
CREATE TABLE pending_file_removals (
  storage_key text        PRIMARY KEY,
  cause       text        NOT NULL CHECK (cause IN ('upload', 'deleted_cv')),
  noted_at    timestamptz NOT NULL,
  -- Set when a sweep takes the removal, and never cleared: a sweep on another node passes the
  -- row by until then, and from the moment it is set the file may be gone, so the CV of that
  -- file can no longer be recorded. A sweep that failed or died leaves the row to be taken again.
  held_until  timestamptz
);

CREATE INDEX pending_file_removals_by_age ON pending_file_removals (noted_at);
