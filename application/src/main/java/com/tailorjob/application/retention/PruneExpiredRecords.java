package com.tailorjob.application.retention;

import com.tailorjob.application.port.out.ExpiredRecords;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.event.RetentionEvent;
import com.tailorjob.domain.retention.PrunedRecords;
import com.tailorjob.domain.retention.RetentionPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Removes ended sessions, failed logins outside the throttling window, expired match results
 * and long-finished parse jobs, so that the tables hold what is used and no more. Meant to run
 * now and then on any node; running it on several at once is harmless.
 */
public final class PruneExpiredRecords {

  private final ExpiredRecords records;
  private final RetentionPolicy policy;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public PruneExpiredRecords(
      ExpiredRecords records, RetentionPolicy policy, Observability observability, Clock clock) {
    this.records = records;
    this.policy = policy;
    this.observability = observability;
    this.clock = clock;
  }

  /**
   * @throws RuntimeException whatever the database threw, after the failure event; what was
   *     deleted before it stays deleted
   */
  public PrunedRecords prune() {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new RetentionEvent.PruneStarted());

    try {
      PrunedRecords pruned = deleteExpired(clock.instant());
      observability.emit(new RetentionEvent.RecordsPruned(pruned, stopwatch.elapsed()));
      return pruned;
    } catch (RuntimeException e) {
      observability.emit(new RetentionEvent.PruneFailed(stopwatch.elapsed(), e));
      throw e;
    }
  }

  private PrunedRecords deleteExpired(Instant now) {
    int sessions = records.deleteSessionsEndedBefore(now);
    int loginFailures = records.deleteLoginFailuresBefore(policy.loginFailuresBefore(now));
    int matchResults = records.deleteMatchResultsExpiredBy(now);
    int parseJobs = records.deleteParseJobsFinishedBefore(policy.parseJobsFinishedBefore(now));
    return new PrunedRecords(sessions, loginFailures, matchResults, parseJobs);
  }
}
