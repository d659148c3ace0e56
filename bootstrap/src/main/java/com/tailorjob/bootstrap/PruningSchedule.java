package com.tailorjob.bootstrap;

import com.tailorjob.application.retention.PruneExpiredRecords;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link PruneExpiredRecords} on a thread of its own, soon after start and then at a fixed
 * interval. A failed run is already reported by the use case's event; the next run tries again.
 */
final class PruningSchedule implements AutoCloseable {

  private static final Duration LONGEST_FIRST_DELAY = Duration.ofMinutes(1);

  private final ScheduledExecutorService executor;

  private PruningSchedule(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  static PruningSchedule start(PruneExpiredRecords prune, Duration interval) {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "tailorjob-pruning");
      thread.setDaemon(true);
      return thread;
    });
    long firstDelay = Math.min(interval.toMillis(), LONGEST_FIRST_DELAY.toMillis());
    executor.scheduleWithFixedDelay(
        () -> runOnce(prune), firstDelay, interval.toMillis(), TimeUnit.MILLISECONDS);
    return new PruningSchedule(executor);
  }

  /** An exception escaping here would cancel every later run. */
  private static void runOnce(PruneExpiredRecords prune) {
    try {
      prune.prune();
    } catch (RuntimeException e) {
      // Reported by the use case's failure event, with the exception.
    }
  }

  /**
   * Interrupts a run in progress; its deletions are single statements, each whole or none, and a
   * file whose removal is cut short stays pending for a later run.
   */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
