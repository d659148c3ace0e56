package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parse queue as the {@code cv_parse_queue} table, shared by every worker process. A job is
 * leased with {@code FOR UPDATE SKIP LOCKED}, so two workers never take the same row at once.
 *
 * <p>A worker finishes a job only while the row is still leased to it at the attempt it was
 * given. When that no longer holds (its lease ran out and another worker took the job), the late
 * call changes nothing and is logged at WARN: the job belongs to the new holder.
 */
public final class JdbiParseQueue implements ParseQueue {

  private static final Logger LOG = LoggerFactory.getLogger(JdbiParseQueue.class);

  private static final String NAME = "cv_parse_queue";

  private static final String LEASE = """
      WITH next AS (
        SELECT id FROM cv_parse_queue
        WHERE (status = 'queued' AND available_at <= :now)
           OR (status = 'leased' AND leased_until < :now)
        ORDER BY available_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      UPDATE cv_parse_queue AS job
      SET status = 'leased', leased_until = :leasedUntil, leased_by = :worker,
          attempts = job.attempts + 1
      FROM next
      WHERE job.id = next.id
      RETURNING job.id, job.cv_id, job.owner_id, job.request_id, job.created_at, job.attempts""";

  /** Appended to every update after a lease: the row must still be this delivery's lease. */
  private static final String STILL_HELD =
      "\nWHERE id = :id AND status = 'leased' AND leased_by = :worker AND attempts = :attempt";

  private final Jdbi jdbi;
  private final Clock clock;

  /** The clock stamps when a job finished; leases use the instant the worker passes in. */
  public JdbiParseQueue(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<ParseJob> lease(String workerId, Duration leaseTime, Instant now) {
    return jdbi.withHandle(handle -> handle.createQuery(LEASE)
        .bind("now", Timestamps.utc(now))
        .bind("leasedUntil", Timestamps.utc(now.plus(leaseTime)))
        .bind("worker", workerId)
        .map((rs, ctx) -> toJob(rs, workerId))
        .findOne());
  }

  @Override
  public void complete(ParseJob job) {
    updateIfStillHeld(job, "complete", """
        UPDATE cv_parse_queue
        SET status = 'done', leased_until = NULL, finished_at = :finishedAt""",
        update -> update.bind("finishedAt", Timestamps.utc(clock.instant())));
  }

  @Override
  public void retry(ParseJob job, Instant availableAt, String error) {
    updateIfStillHeld(job, "retry", """
        UPDATE cv_parse_queue
        SET status = 'queued', leased_until = NULL, available_at = :availableAt,
            last_error = :error""",
        update -> update
            .bind("availableAt", Timestamps.utc(availableAt))
            .bind("error", error));
  }

  @Override
  public void deadLetter(ParseJob job, String error) {
    updateIfStillHeld(job, "dead-letter", """
        UPDATE cv_parse_queue
        SET status = 'dead', leased_until = NULL, finished_at = :finishedAt,
            last_error = :error""",
        update -> update
            .bind("finishedAt", Timestamps.utc(clock.instant()))
            .bind("error", error));
  }

  /** The attempt is handed back uncounted, since the job never ran to an outcome. */
  @Override
  public void release(ParseJob job) {
    updateIfStillHeld(job, "release", """
        UPDATE cv_parse_queue
        SET status = 'queued', leased_until = NULL, attempts = attempts - 1""",
        update -> update);
  }

  private void updateIfStillHeld(ParseJob job, String action, String sql, Binder binder) {
    int updated = jdbi.withHandle(handle -> binder.bind(handle.createUpdate(sql + STILL_HELD))
        .bind("id", job.id())
        .bind("worker", job.workerId())
        .bind("attempt", job.attempt())
        .execute());

    if (updated == 0) {
      LOG.warn("Parse job no longer leased to this worker, {} ignored: job_id={}, cv_id={},"
              + " worker={}, attempt={}",
          action, job.id(), job.request().cv(), job.workerId(), job.attempt());
    }
  }

  private static ParseJob toJob(ResultSet rs, String workerId) throws SQLException {
    ParseRequest request = new ParseRequest(
        new CvId(rs.getString("cv_id")),
        new UserId(rs.getString("owner_id")),
        new RequestId(rs.getString("request_id")),
        Timestamps.read(rs, "created_at"));
    return new ParseJob(rs.getLong("id"), request, rs.getInt("attempts"), workerId);
  }

  /** Binds the values an update needs beyond the lease it checks. */
  @FunctionalInterface
  private interface Binder {
    Update bind(Update update);
  }
}
