package com.tailorjob.domain.event;

/**
 * A fact about a business operation: it started, succeeded, was rejected or failed. Events carry
 * ids, sizes, durations and reasons as typed values and no formatting; how they look in a log is
 * the logging adapter's business. They never carry passwords, tokens, e-mail addresses or CV text.
 */
public sealed interface DomainEvent
    permits AuthEvent, CvEvent, ParseEvent, WorkerEvent, JobEvent, MatchEvent, RetentionEvent {

  /** A stable dotted name such as {@code cv.upload.started}, for dashboards and queries. */
  String name();
}
