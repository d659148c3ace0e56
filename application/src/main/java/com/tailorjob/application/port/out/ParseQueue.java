package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.ParseRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable queue of CV parses, shared by every worker process. Delivery is at least once: a
 * job is leased to one worker at a time, and a lease that runs out (the worker died) makes the
 * job available again.
 */
public interface ParseQueue {

  /** The queue's name, as operators see it in the worker's start-up line. */
  String name();

  /** Leases the oldest available job to the worker until {@code now + leaseTime}. */
  Optional<ParseJob> lease(String workerId, Duration leaseTime, Instant now);

  /** The job is done; it will not be delivered again. */
  void complete(ParseJob job);

  /** Gives the job back to be tried again no earlier than {@code availableAt}. */
  void retry(ParseJob job, Instant availableAt, String error);

  /** Gives up on the job for good after too many attempts. */
  void deadLetter(ParseJob job, String error);

  /** Hands an unfinished job back at once, as when a worker shuts down. */
  void release(ParseJob job);

  /** One delivery of a queued parse; {@code attempt} counts from one. */
  record ParseJob(long id, ParseRequest request, int attempt, String workerId) {
    public ParseJob {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(workerId, "workerId");
      if (attempt < 1) {
        throw new IllegalArgumentException("attempts count from one");
      }
    }
  }
}
