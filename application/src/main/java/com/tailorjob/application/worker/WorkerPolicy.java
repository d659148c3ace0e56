package com.tailorjob.application.worker;

import java.time.Duration;
import java.util.Objects;

/**
 * How the parse worker leases, retries and backs off. The lease must outlast the longest parse
 * (the extraction timeout), or a slow job would be handed to a second worker while still running.
 */
public record WorkerPolicy(
    int maxAttempts,
    Duration retryBackoff,
    Duration maxRetryBackoff,
    Duration leaseTime,
    int unhealthyAfter,
    Duration unhealthyPause) {

  public WorkerPolicy {
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(maxRetryBackoff, "maxRetryBackoff");
    Objects.requireNonNull(leaseTime, "leaseTime");
    Objects.requireNonNull(unhealthyPause, "unhealthyPause");
    if (maxAttempts < 1 || unhealthyAfter < 1) {
      throw new IllegalArgumentException("attempt and failure limits must be positive");
    }
  }

  public static WorkerPolicy standard() {
    return new WorkerPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10),
        Duration.ofMinutes(5), 5, Duration.ofSeconds(30));
  }

  /** Doubles the wait after each failed attempt, up to the maximum. */
  public Duration backoffAfter(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 20);
    Duration wait = retryBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : wait;
  }
}
