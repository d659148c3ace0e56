package com.tailorjob.domain.event;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.parse.SectionCounts;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Events of the background worker that takes parse jobs off the queue. */
public sealed interface WorkerEvent extends DomainEvent {

  record WorkerStarted(String queue, String workerId) implements WorkerEvent {
    public WorkerStarted {
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(workerId, "workerId");
    }

    @Override
    public String name() {
      return "worker.started";
    }
  }

  record WorkerStopped(String queue, String workerId, long jobsProcessed) implements WorkerEvent {
    public WorkerStopped {
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(workerId, "workerId");
    }

    @Override
    public String name() {
      return "worker.stopped";
    }
  }

  /** {@code jobNumber} counts the jobs this worker process has received since it started. */
  record JobReceived(long jobNumber, CvId cv, int attempt) implements WorkerEvent {
    public JobReceived {
      Objects.requireNonNull(cv, "cv");
    }

    @Override
    public String name() {
      return "worker.job.received";
    }
  }

  record JobProcessing(CvId cv, UserId user) implements WorkerEvent {
    public JobProcessing {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String name() {
      return "worker.job.processing";
    }
  }

  record SectionsCreated(CvId cv, SectionCounts sections) implements WorkerEvent {
    public SectionsCreated {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(sections, "sections");
    }

    @Override
    public String name() {
      return "worker.sections.created";
    }
  }

  record NotificationCreated(CvId cv, UserId user) implements WorkerEvent {
    public NotificationCreated {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String name() {
      return "worker.notification.created";
    }
  }

  /** The job ended with the CV parsed, or with nothing to do (the CV was deleted meanwhile). */
  record JobCompleted(
      CvId cv, UserId user, Duration duration, Optional<SectionCounts> sections)
      implements WorkerEvent {
    public JobCompleted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(sections, "sections");
    }

    @Override
    public String name() {
      return "worker.job.completed";
    }
  }

  /**
   * The job ended, not to be retried, because the file cannot be read as a CV (encrypted, corrupt,
   * no text): the CV is failed with this reason and its owner has been told.
   */
  record JobRejected(CvId cv, UserId user, ParseFailureReason reason, Duration duration)
      implements WorkerEvent {
    public JobRejected {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "worker.job.rejected";
    }
  }

  /**
   * An attempt failed on storage, the database or a bug, and the job waits until
   * {@code retryAt}. The worker reports the parse's failure, so it is logged once.
   */
  record JobRetrying(
      CvId cv, UserId user, int attempt, int maxAttempts, Instant retryAt, Duration duration,
      Throwable cause) implements WorkerEvent {
    public JobRetrying {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(retryAt, "retryAt");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "worker.job.retrying";
    }
  }

  /**
   * The worker's thread was interrupted, as at shutdown, before the job had an outcome. The job
   * went back to the queue uncounted, to be taken again at once: this says nothing of the CV.
   */
  record JobReleased(CvId cv, UserId user, int attempt, Duration duration)
      implements WorkerEvent {
    public JobReleased {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "worker.job.released";
    }
  }

  /**
   * An attempt failed or was interrupted, or a job's attempts were spent, and recording that in
   * the database failed too: the job is still leased, and goes back to the queue when the lease
   * ends at {@code leaseEndsAt}. The cause is the attempt's failure (or interruption) with the
   * bookkeeping's suppressed.
   */
  record JobLeftLeased(
      CvId cv, UserId user, int attempt, int maxAttempts, Instant leaseEndsAt,
      Duration duration, Throwable cause) implements WorkerEvent {
    public JobLeftLeased {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(leaseEndsAt, "leaseEndsAt");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "worker.job.left_leased";
    }
  }

  /** The last attempt failed: the job is dead-lettered and the CV marked failed. */
  record JobDeadLettered(
      CvId cv, UserId user, int attempts, Duration duration, Throwable cause)
      implements WorkerEvent {
    public JobDeadLettered {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "worker.job.dead_lettered";
    }
  }

  /**
   * The worker could not lease a job, as when the database is down. Only the first failure of a
   * run is reported; the run counts toward {@link WorkerUnhealthy} and ends with
   * {@link WorkerRecovered}.
   */
  record QueueUnavailable(String workerId, String queue, Throwable cause)
      implements WorkerEvent {
    public QueueUnavailable {
      Objects.requireNonNull(workerId, "workerId");
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "worker.queue.unavailable";
    }
  }

  /**
   * Too many jobs or leases in a row failed; every polling thread of the worker pauses before
   * polling again.
   */
  record WorkerUnhealthy(String workerId, int consecutiveFailures, Duration pause)
      implements WorkerEvent {
    public WorkerUnhealthy {
      Objects.requireNonNull(workerId, "workerId");
      Objects.requireNonNull(pause, "pause");
    }

    @Override
    public String name() {
      return "worker.unhealthy";
    }
  }

  record WorkerRecovered(String workerId, int failuresBefore) implements WorkerEvent {
    public WorkerRecovered {
      Objects.requireNonNull(workerId, "workerId");
    }

    @Override
    public String name() {
      return "worker.recovered";
    }
  }
}
