package com.tailorjob.adapters.persistence.worker;

import com.tailorjob.application.port.out.ParseQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Hands every call to another queue; a test overrides the calls it wants to break or slow. */
class ForwardingParseQueue implements ParseQueue {

  private final ParseQueue queue;

  ForwardingParseQueue(ParseQueue queue) {
    this.queue = queue;
  }

  @Override
  public String name() {
    return queue.name();
  }

  @Override
  public Optional<ParseJob> lease(String workerId, Duration leaseTime, Instant now) {
    return queue.lease(workerId, leaseTime, now);
  }

  @Override
  public void complete(ParseJob job) {
    queue.complete(job);
  }

  @Override
  public void retry(ParseJob job, Instant availableAt, String error) {
    queue.retry(job, availableAt, error);
  }

  @Override
  public void deadLetter(ParseJob job, String error) {
    queue.deadLetter(job, error);
  }

  @Override
  public void release(ParseJob job) {
    queue.release(job);
  }
}
