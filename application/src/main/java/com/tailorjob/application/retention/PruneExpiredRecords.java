package com.tailorjob.application.retention;

import com.tailorjob.application.port.out.ExpiredRecords;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.PendingFileRemovals;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.event.RetentionEvent;
import com.tailorjob.domain.retention.PrunedRecords;
import com.tailorjob.domain.retention.RetentionPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Removes ended sessions, failed logins outside the throttling window, expired match results
 * and long-finished parse jobs, so that the tables hold what is used and no more; then sweeps
 * orphaned files out of storage: those of deleted CVs, and those of uploads not recorded within
 * the upload grace. Meant to run now and then on any node; running it on several at once is
 * harmless.
 */
public final class PruneExpiredRecords {

  /** Removals taken from the database at a time. */
  static final int SWEEP_BATCH = 100;

  /**
   * How long a sweep holds the removals it took, so that sweeps on other nodes pass them by;
   * ample for one batch. A removal whose file could not be deleted is taken again after it.
   */
  static final Duration SWEEP_HOLD = Duration.ofMinutes(15);

  private final ExpiredRecords records;
  private final PendingFileRemovals removals;
  private final ObjectStorage storage;
  private final RetentionPolicy policy;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public PruneExpiredRecords(
      ExpiredRecords records, PendingFileRemovals removals, ObjectStorage storage,
      RetentionPolicy policy, Observability observability, Clock clock) {
    this.records = records;
    this.removals = removals;
    this.storage = storage;
    this.policy = policy;
    this.observability = observability;
    this.clock = clock;
  }

  /**
   * @throws RuntimeException whatever the database or storage threw, after the failure event;
   *     what was deleted before it stays deleted, and a file not deleted stays pending removal
   */
  public PrunedRecords prune() {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new RetentionEvent.PruneStarted());

    try {
      PrunedRecords pruned = pruneAt(clock.instant());
      observability.emit(new RetentionEvent.RecordsPruned(pruned, stopwatch.elapsed()));
      return pruned;
    } catch (RuntimeException e) {
      observability.emit(new RetentionEvent.PruneFailed(stopwatch.elapsed(), e));
      throw e;
    }
  }

  /** Records first: storage being down must not keep the tables from being pruned. */
  private PrunedRecords pruneAt(Instant now) {
    int sessions = records.deleteSessionsEndedBefore(now);
    int loginFailures = records.deleteLoginFailuresBefore(policy.loginFailuresBefore(now));
    int matchResults = records.deleteMatchResultsExpiredBy(now);
    int parseJobs = records.deleteParseJobsFinishedBefore(policy.parseJobsFinishedBefore(now));
    int orphanedFiles = sweepOrphanedFiles(now);
    return new PrunedRecords(sessions, loginFailures, matchResults, parseJobs, orphanedFiles);
  }

  /**
   * Deletes the file of every removal due, batch by batch, and forgets the removal once the file
   * is gone (a file already missing counts as gone). Only the removals this sweep forgot are
   * counted, so two nodes sweeping the same file count it once. A failed delete ends the sweep:
   * its removal, and the rest of the batch, are taken again by a run after the hold.
   */
  private int sweepOrphanedFiles(Instant now) {
    Instant uploadsNotedBefore = policy.unrecordedUploadsNotedBefore(now);
    int swept = 0;
    List<StorageKey> batch;
    do {
      batch = removals.take(uploadsNotedBefore, now, now.plus(SWEEP_HOLD), SWEEP_BATCH);
      for (StorageKey file : batch) {
        storage.delete(file);
        if (removals.forget(file)) {
          swept++;
        }
      }
    } while (batch.size() == SWEEP_BATCH);
    return swept;
  }
}
