package com.tailorjob.application.worker;

import com.tailorjob.application.parse.ParseCv;
import com.tailorjob.application.parse.ParseOutcome;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.application.port.out.NotificationRepository;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.application.port.out.ParseQueue.ParseJob;
import com.tailorjob.application.support.Failures;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.event.WorkerEvent;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.parse.SectionCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes parse jobs off the queue one at a time: parses, tells the owner, and completes, retries
 * or dead-letters the job. It also watches for runs of failures (failed jobs and failed leases,
 * counted across all the threads that share it), which usually mean storage or the database is
 * down, and asks its caller to pause. The polling loop around it is an adapter.
 */
public final class ParseWorker {

  /** What the polling loop should do next. */
  public enum Poll {
    PROCESSED,
    IDLE,
    PAUSE
  }

  private final ParseQueue queue;
  private final ParseCv parseCv;
  private final CvParseResults results;
  private final NotificationRepository notifications;
  private final IdGenerator ids;
  private final Observability observability;
  private final Clock clock;
  private final WorkerPolicy policy;
  private final String workerId;
  private final AtomicLong jobsReceived = new AtomicLong();
  private final Object health = new Object();
  private int consecutiveFailures;
  /** The run of failures ends with failed leases, and was reported as an unavailable queue. */
  private boolean leaseFailing;

  public ParseWorker(
      ParseQueue queue, ParseCv parseCv, CvParseResults results,
      NotificationRepository notifications, IdGenerator ids, Observability observability,
      Clock clock, WorkerPolicy policy, String workerId) {
    this.queue = queue;
    this.parseCv = parseCv;
    this.results = results;
    this.notifications = notifications;
    this.ids = ids;
    this.observability = observability;
    this.clock = clock;
    this.policy = policy;
    this.workerId = workerId;
  }

  public String workerId() {
    return workerId;
  }

  public WorkerPolicy policy() {
    return policy;
  }

  public void started() {
    observability.emit(new WorkerEvent.WorkerStarted(queue.name(), workerId));
  }

  public void stopped() {
    observability.emit(new WorkerEvent.WorkerStopped(queue.name(), workerId, jobsReceived.get()));
  }

  /** Leases and processes at most one job; a failure to lease counts as a failure in a row. */
  public Poll processNext() {
    Instant now = clock.instant();
    Optional<ParseJob> leased;
    try {
      leased = queue.lease(workerId, policy.leaseTime(), now);
    } catch (RuntimeException e) {
      return leaseFailed(e);
    }
    leaseSucceeded();
    if (leased.isEmpty()) {
      return Poll.IDLE;
    }

    ParseJob job = leased.get();
    ParseRequest request = job.request();
    try (Observability.Scope scope =
        observability.openScope(request.requestId(), request.owner())) {
      return process(job, now.plus(policy.leaseTime()));
    }
  }

  private Poll process(ParseJob job, Instant leaseEnd) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    ParseRequest request = job.request();
    long number = jobsReceived.incrementAndGet();
    observability.emit(new WorkerEvent.JobReceived(number, request.cv(), job.attempt()));
    if (job.attempt() > policy.maxAttempts()) {
      return abandon(job, leaseEnd, stopwatch);
    }
    observability.emit(new WorkerEvent.JobProcessing(request.cv(), request.owner()));

    ParseOutcome outcome;
    try {
      outcome = parseCv.parse(request);
      finish(job, outcome);
    } catch (RuntimeException | Error e) {
      if (!Failures.survivable(e)) {
        throw e;
      }
      return isInterruption(e)
          ? handBack(job, leaseEnd, stopwatch, e)
          : failed(job, leaseEnd, stopwatch, e);
    }

    jobSucceeded();
    observability.emit(ended(request, outcome, stopwatch.elapsed()));
    return Poll.PROCESSED;
  }

  /** An unreadable file ends the job as a rejection, so the worker's trail shows no success. */
  private static WorkerEvent ended(ParseRequest request, ParseOutcome outcome, Duration duration) {
    if (outcome instanceof ParseOutcome.Unreadable unreadable) {
      return new WorkerEvent.JobRejected(
          request.cv(), request.owner(), unreadable.reason(), duration);
    }
    return new WorkerEvent.JobCompleted(
        request.cv(), request.owner(), duration, sectionsOf(outcome));
  }

  private void finish(ParseJob job, ParseOutcome outcome) {
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      observability.emit(new WorkerEvent.SectionsCreated(job.request().cv(), parsed.sections()));
      notifyOwner(job.request(), Notification.Kind.CV_PARSED, parsedMessage(parsed.sections()));
    } else if (outcome instanceof ParseOutcome.Unreadable unreadable) {
      notifyOwner(job.request(), Notification.Kind.CV_PARSE_FAILED,
          "Your CV could not be read: " + unreadable.reason().explanation() + ".");
    }
    queue.complete(job);
  }

  /**
   * Ends an attempt that failed, on an exception or on an error the JVM can go on from, such as
   * an OutOfMemoryError while one huge file was read: the job is retried after a backoff, or
   * given up, and its line carries the CV's ids and the error. That was chosen over letting the
   * polling thread die and starting another: the job would then hold its lease (minutes) with
   * nothing said against its CV, and the error would be logged without the CV's ids.
   */
  private Poll failed(ParseJob job, Instant leaseEnd, Stopwatch stopwatch, Throwable failure) {
    ParseRequest request = job.request();
    boolean lastAttempt = job.attempt() >= policy.maxAttempts();
    Instant retryAt = clock.instant().plus(policy.backoffAfter(job.attempt()));
    try {
      if (lastAttempt) {
        giveUp(job, failure);
      } else {
        queue.retry(job, retryAt, describe(failure));
      }
    } catch (RuntimeException bookkeeping) {
      leftLeased(job, leaseEnd, stopwatch, failure, bookkeeping);
      return jobFailed();
    }

    observability.emit(lastAttempt
        ? new WorkerEvent.JobDeadLettered(
            request.cv(), request.owner(), job.attempt(), stopwatch.elapsed(), failure)
        : new WorkerEvent.JobRetrying(request.cv(), request.owner(), job.attempt(),
            policy.maxAttempts(), retryAt, stopwatch.elapsed(), failure));
    return jobFailed();
  }

  /**
   * A thread interrupted mid-job (a shutdown past its grace) fails with whatever the interrupt
   * broke: the extractor's CancellationException, or an I/O error of an interrupted channel.
   * Either way the failure says nothing about the CV.
   */
  private static boolean isInterruption(Throwable failure) {
    return failure instanceof CancellationException || Thread.currentThread().isInterrupted();
  }

  /**
   * Gives an interrupted job back uncounted and available at once, and does not count it toward
   * a run of failures. The interrupt is set aside while the queue is told (a connection pool may
   * refuse an interrupted thread) and then restored, so the caller still sees it and stops.
   */
  private Poll handBack(
      ParseJob job, Instant leaseEnd, Stopwatch stopwatch, Throwable interruption) {
    boolean interrupted = Thread.interrupted();
    try {
      release(job, leaseEnd, stopwatch, interruption);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return Poll.PROCESSED;
  }

  private void release(
      ParseJob job, Instant leaseEnd, Stopwatch stopwatch, Throwable interruption) {
    try {
      queue.release(job);
    } catch (RuntimeException bookkeeping) {
      leftLeased(job, leaseEnd, stopwatch, interruption, bookkeeping);
      return;
    }

    observability.emit(new WorkerEvent.JobReleased(
        job.request().cv(), job.request().owner(), job.attempt(), stopwatch.elapsed()));
  }

  /**
   * The queue could not be told how the attempt ended, so the job is still leased to this
   * worker: it is not dead-lettered, and it comes back when the lease runs out.
   */
  private void leftLeased(ParseJob job, Instant leaseEnd, Stopwatch stopwatch,
      Throwable failure, RuntimeException bookkeeping) {
    failure.addSuppressed(bookkeeping);
    observability.emit(new WorkerEvent.JobLeftLeased(job.request().cv(), job.request().owner(),
        job.attempt(), policy.maxAttempts(), leaseEnd, stopwatch.elapsed(), failure));
  }

  /**
   * Every earlier delivery ended with its lease running out, so the file is not read again: a
   * file that crashes its worker would otherwise be handed from worker to worker for ever.
   */
  private Poll abandon(ParseJob job, Instant leaseEnd, Stopwatch stopwatch) {
    ParseRequest request = job.request();
    int attempts = job.attempt() - 1;
    AttemptsExhaustedException failure = new AttemptsExhaustedException(attempts);
    try {
      giveUp(job, failure);
    } catch (RuntimeException bookkeeping) {
      leftLeased(job, leaseEnd, stopwatch, failure, bookkeeping);
      return jobFailed();
    }

    observability.emit(new WorkerEvent.JobDeadLettered(
        request.cv(), request.owner(), attempts, stopwatch.elapsed(), failure));
    return Poll.PROCESSED;
  }

  /**
   * The queue lets go of the job last. Each step is its own transaction, so when one fails the
   * job is still leased and comes back when the lease runs out, to be given up again (unread),
   * rather than being dead-lettered with its CV left {@code parsing}. The price of that order is
   * at most a repeated notification.
   */
  private void giveUp(ParseJob job, Throwable failure) {
    results.recordFailed(job.request().cv(), "processing_error");
    notifyOwner(job.request(), Notification.Kind.CV_PARSE_FAILED,
        "Your CV could not be processed because of a problem on our side, not with your file."
            + " Delete it and upload it again.");
    queue.deadLetter(job, describe(failure));
  }

  private Poll jobFailed() {
    int failures;
    synchronized (health) {
      failures = ++consecutiveFailures;
    }
    return unhealthyAt(failures, Poll.PROCESSED);
  }

  /**
   * A failure to lease (the database down) counts like a failed job. Only the first of a run is
   * reported, with its cause, so an outage does not flood the log.
   */
  private Poll leaseFailed(RuntimeException failure) {
    boolean first;
    int failures;
    synchronized (health) {
      first = !leaseFailing;
      leaseFailing = true;
      failures = ++consecutiveFailures;
    }
    if (first) {
      observability.emit(new WorkerEvent.QueueUnavailable(workerId, queue.name(), failure));
    }
    return unhealthyAt(failures, Poll.IDLE);
  }

  private Poll unhealthyAt(int failures, Poll otherwise) {
    if (failures % policy.unhealthyAfter() != 0) {
      return otherwise;
    }
    observability.emit(
        new WorkerEvent.WorkerUnhealthy(workerId, failures, policy.unhealthyPause()));
    return Poll.PAUSE;
  }

  private void jobSucceeded() {
    endRun(false);
  }

  /** A lease that works ends a run of failed leases, but not a run of failed jobs. */
  private void leaseSucceeded() {
    endRun(true);
  }

  /**
   * Ends the run of failures, reporting the recovery when the run made the worker unhealthy or
   * was reported as an unavailable queue.
   */
  private void endRun(boolean onlyOfLeases) {
    int before;
    boolean reported;
    synchronized (health) {
      if (onlyOfLeases && !leaseFailing) {
        return;
      }
      before = consecutiveFailures;
      reported = leaseFailing;
      consecutiveFailures = 0;
      leaseFailing = false;
    }
    if (reported || before >= policy.unhealthyAfter()) {
      observability.emit(new WorkerEvent.WorkerRecovered(workerId, before));
    }
  }

  private void notifyOwner(ParseRequest request, Notification.Kind kind, String message) {
    notifications.add(new Notification(ids.newNotificationId(), request.owner(), request.cv(),
        kind, message, clock.instant(), Optional.empty()));
    observability.emit(new WorkerEvent.NotificationCreated(request.cv(), request.owner()));
  }

  private static String parsedMessage(SectionCounts counts) {
    return "Your CV was parsed: " + count(counts.skills(), "skill") + ", "
        + count(counts.experience(), "job") + ", "
        + count(counts.education(), "education entry", "education entries") + " and "
        + count(counts.certifications(), "certification") + ".";
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static Optional<SectionCounts> sectionsOf(ParseOutcome outcome) {
    return outcome instanceof ParseOutcome.Parsed parsed
        ? Optional.of(parsed.sections())
        : Optional.empty();
  }

  /** Class and message only: the stack trace travels with the event, not the queue row. */
  private static String describe(Throwable failure) {
    String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    String text = failure.getClass().getSimpleName() + message;
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
