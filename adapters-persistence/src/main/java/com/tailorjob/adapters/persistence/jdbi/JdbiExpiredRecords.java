package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.ExpiredRecords;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Prunes the tables that grow with use. Every statement deletes along an index on the column it
 * compares, so pruning stays cheap however many live rows there are.
 */
public final class JdbiExpiredRecords implements ExpiredRecords {

  private final Jdbi jdbi;

  public JdbiExpiredRecords(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public int deleteSessionsEndedBefore(Instant instant) {
    return delete("DELETE FROM sessions WHERE expires_at < :instant OR revoked_at < :instant",
        instant);
  }

  @Override
  public int deleteLoginFailuresBefore(Instant instant) {
    return delete("DELETE FROM login_failures WHERE failed_at < :instant", instant);
  }

  @Override
  public int deleteMatchResultsExpiredBy(Instant instant) {
    return delete("DELETE FROM match_cache WHERE expires_at <= :instant", instant);
  }

  @Override
  public int deleteParseJobsFinishedBefore(Instant instant) {
    return delete("DELETE FROM cv_parse_queue WHERE status IN ('done', 'dead')"
        + " AND finished_at < :instant", instant);
  }

  private int delete(String sql, Instant instant) {
    return jdbi.withHandle(handle -> handle.createUpdate(sql)
        .bind("instant", Timestamps.utc(instant))
        .execute());
  }
}
