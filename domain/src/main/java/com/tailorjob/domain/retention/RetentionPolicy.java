package com.tailorjob.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long records that no operation needs any more are kept before they are pruned. Ended
 * sessions and expired match results serve nothing and go at once; failed logins only count
 * inside the throttling window; finished parse jobs stay a while for operators to look into.
 * The file of an upload that was never recorded is swept only once its note is older than the
 * upload grace, so that an upload still storing its file on another node keeps it.
 */
public record RetentionPolicy(Duration loginFailureWindow, Duration finishedParseJobs) {

  public static final Duration DEFAULT_FINISHED_PARSE_JOBS = Duration.ofDays(7);

  /**
   * Far longer than an upload takes from noting its file to recording its CV. One that takes
   * longer still is refused when it records, rather than losing its file to the sweep.
   */
  public static final Duration UPLOAD_GRACE = Duration.ofHours(1);

  public RetentionPolicy {
    requirePositive(loginFailureWindow, "loginFailureWindow");
    requirePositive(finishedParseJobs, "finishedParseJobs");
  }

  /** Failed logins before this instant no longer count against anyone. */
  public Instant loginFailuresBefore(Instant now) {
    return now.minus(loginFailureWindow);
  }

  /** Parse jobs that finished before this instant are forgotten. */
  public Instant parseJobsFinishedBefore(Instant now) {
    return now.minus(finishedParseJobs);
  }

  /** Files of uploads noted before this instant and not recorded since are orphans. */
  public Instant unrecordedUploadsNotedBefore(Instant now) {
    return now.minus(UPLOAD_GRACE);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
