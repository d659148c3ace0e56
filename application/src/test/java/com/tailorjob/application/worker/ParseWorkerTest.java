package com.tailorjob.application.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.parse.ParseCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.SectionExtractor;
import com.tailorjob.application.port.out.TextExtractor;
import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.InMemoryParsing;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.event.ParseEvent;
import com.tailorjob.domain.event.WorkerEvent;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParseWorkerTest {

  private static final UserId ALICE = new UserId("alice");
  private static final WorkerPolicy POLICY = new WorkerPolicy(3, Duration.ofSeconds(10),
      Duration.ofMinutes(1), Duration.ofMinutes(2), 2, Duration.ofSeconds(30));

  private final MutableClock clock = MutableClock.atSomeMoment();
  private final SequentialIds ids = new SequentialIds();
  private final InMemoryCvRepository cvs = new InMemoryCvRepository();
  private final InMemoryObjectStorage storage = new InMemoryObjectStorage();
  private final InMemoryParsing parsing = new InMemoryParsing();
  private final RecordingObservability events = new RecordingObservability();
  private final AtomicReference<RuntimeException> extractionFailure = new AtomicReference<>();
  private final AtomicReference<RuntimeException> interruptionFailure = new AtomicReference<>();
  private final AtomicReference<Error> extractionError = new AtomicReference<>();
  private final TextExtractor textExtractor = this::extract;
  private final SectionExtractor sectionExtractor = text -> new CvSections(
      List.of("java", "sql"), List.of(), List.of(), List.of(), "", List.of());

  private Cv cv;

  @BeforeEach
  void upload_a_cv() {
    UploadCv upload = new UploadCv(cvs, storage, cvs.pendingFileRemovals(), ids,
        new RecordingObservability(), clock, UploadLimits.standard());
    ByteSource pdf = ByteSource.ofBytes(SampleFiles.pdf("worker"));
    cv = upload.upload(new UploadCv.Command(ALICE, "cv.pdf", pdf, new RequestId("req-7"))).cv();
    ParseRequest request = cvs.queuedParses().get(0);
    parsing.enqueue(request, clock.instant());
  }

  @AfterEach
  void clear_the_interrupt() {
    Thread.interrupted();
  }

  @Test
  void parses_a_queued_cv_and_tells_its_owner() {
    ParseWorker.Poll poll = worker("w1").processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.PROCESSED);
    assertThat(parsing.status(cv.id())).contains("parsed");
    assertThat(parsing.queueState(cv.id())).contains("done");
    assertThat(parsing.notifications()).singleElement()
        .satisfies(n -> assertThat(n.kind()).isEqualTo(Notification.Kind.CV_PARSED));
  }

  @Test
  void reports_each_step_of_a_job_in_order() {
    worker("w1").processNext();

    assertThat(events.names()).containsExactly(
        "worker.job.received", "worker.job.processing", "cv.parse.started",
        "cv.parse.sections_extracted", "cv.parse.succeeded", "worker.sections.created",
        "worker.notification.created", "worker.job.completed");
  }

  @Test
  void counts_the_jobs_it_has_received() {
    ParseWorker worker = worker("w1");
    worker.processNext();
    parsing.enqueue(cvs.queuedParses().get(0), clock.instant());

    worker.processNext();

    assertThat(events.eventsOf(WorkerEvent.JobReceived.class))
        .extracting(WorkerEvent.JobReceived::jobNumber).containsExactly(1L, 2L);
  }

  @Test
  void ends_an_unreadable_cv_as_failed_without_retrying() {
    extractionFailure.set(new UnreadableCvException(ParseFailureReason.ENCRYPTED));

    worker("w1").processNext();

    assertThat(parsing.status(cv.id())).contains("failed");
    assertThat(parsing.queueState(cv.id())).contains("done");
    assertThat(parsing.notifications()).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("password-protected"));
  }

  @Test
  void reports_an_unreadable_cv_as_rejected_with_its_reason_not_as_completed() {
    extractionFailure.set(new UnreadableCvException(ParseFailureReason.ENCRYPTED));

    worker("w1").processNext();

    assertThat(events.eventsOf(WorkerEvent.JobCompleted.class)).isEmpty();
    assertThat(events.eventsOf(WorkerEvent.JobRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ParseFailureReason.ENCRYPTED));
  }

  @Test
  void retries_a_storage_failure_after_a_backoff() {
    storage.failOpens(true);

    worker("w1").processNext();

    assertThat(parsing.queueState(cv.id())).contains("queued");
    assertThat(worker("w2").processNext()).isEqualTo(ParseWorker.Poll.IDLE);
    assertThat(events.eventsOf(WorkerEvent.JobRetrying.class)).singleElement()
        .satisfies(e -> assertThat(e.retryAt()).isEqualTo(clock.instant().plusSeconds(10)));
  }

  @Test
  void retries_a_job_whose_parse_ran_out_of_memory_like_any_failure() {
    extractionError.set(new OutOfMemoryError("Java heap space"));

    Throwable thrown = catchThrowable(() -> worker("w1").processNext());

    assertThat(thrown).isNull();
    assertThat(parsing.queueState(cv.id())).contains("queued");
    assertThat(events.eventsOf(WorkerEvent.JobRetrying.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).isInstanceOf(OutOfMemoryError.class));
  }

  @Test
  void lets_an_error_of_the_jvm_itself_end_the_poll() {
    extractionError.set(new InternalError("broken JVM"));

    Throwable thrown = catchThrowable(() -> worker("w1").processNext());

    assertThat(thrown).isInstanceOf(InternalError.class);
  }

  @Test
  void dead_letters_the_job_and_fails_the_cv_after_the_last_attempt() {
    storage.failOpens(true);

    runEveryAttempt(worker("w1"));

    assertThat(parsing.queueState(cv.id())).contains("dead");
    assertThat(parsing.status(cv.id())).contains("failed");
    assertThat(events.eventsOf(WorkerEvent.JobDeadLettered.class)).hasSize(1);
  }

  @Test
  void tells_the_owner_of_a_dead_lettered_cv_to_delete_and_upload_it_again() {
    storage.failOpens(true);

    runEveryAttempt(worker("w1"));

    assertThat(parsing.notifications()).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("Delete it and upload it again"));
  }

  @Test
  void asks_for_a_pause_after_consecutive_failures_and_reports_recovery() {
    storage.failOpens(true);
    ParseWorker worker = worker("w1");
    worker.processNext();
    clock.advance(Duration.ofMinutes(1));

    ParseWorker.Poll second = worker.processNext();
    storage.failOpens(false);
    clock.advance(Duration.ofMinutes(1));
    worker.processNext();

    assertThat(second).isEqualTo(ParseWorker.Poll.PAUSE);
    assertThat(events.eventsOf(WorkerEvent.WorkerUnhealthy.class)).hasSize(1);
    assertThat(events.eventsOf(WorkerEvent.WorkerRecovered.class)).hasSize(1);
  }

  @Test
  void an_interrupted_job_does_not_count_toward_a_run_of_failures() {
    storage.failOpens(true);
    ParseWorker worker = worker("w1");
    worker.processNext();
    storage.failOpens(false);
    clock.advance(POLICY.backoffAfter(1));
    interruptionFailure.set(new CancellationException("interrupted during text extraction"));

    ParseWorker.Poll poll = worker.processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.PROCESSED);
    assertThat(events.eventsOf(WorkerEvent.WorkerUnhealthy.class)).isEmpty();
  }

  @Test
  void hands_back_a_job_whose_thread_was_interrupted_whatever_the_failure_it_caused() {
    interruptionFailure.set(new UncheckedIOException(new ClosedByInterruptException()));

    worker("w1").processNext();

    assertThat(parsing.queueState(cv.id())).contains("queued");
    assertThat(events.eventsOf(WorkerEvent.JobReleased.class)).hasSize(1);
    assertThat(events.eventsOf(WorkerEvent.JobRetrying.class)).isEmpty();
  }

  @Test
  void asks_for_a_pause_after_consecutive_failures_to_lease() {
    parsing.failLeases(true);
    ParseWorker worker = worker("w1");
    ParseWorker.Poll first = worker.processNext();

    ParseWorker.Poll second = worker.processNext();

    assertThat(first).isEqualTo(ParseWorker.Poll.IDLE);
    assertThat(second).isEqualTo(ParseWorker.Poll.PAUSE);
    assertThat(events.eventsOf(WorkerEvent.WorkerUnhealthy.class)).singleElement()
        .satisfies(e -> assertThat(e.consecutiveFailures()).isEqualTo(2));
  }

  @Test
  void reports_a_run_of_failures_to_lease_once_with_its_cause() {
    parsing.failLeases(true);
    ParseWorker worker = worker("w1");

    for (int poll = 0; poll < 3; poll++) {
      worker.processNext();
    }

    assertThat(events.eventsOf(WorkerEvent.QueueUnavailable.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).hasMessage("injected lease failure"));
  }

  @Test
  void reports_recovery_once_it_can_lease_again() {
    parsing.failLeases(true);
    ParseWorker worker = worker("w1");
    worker.processNext();
    worker.processNext();
    parsing.failLeases(false);

    worker.processNext();

    assertThat(events.eventsOf(WorkerEvent.WorkerRecovered.class)).singleElement()
        .satisfies(e -> assertThat(e.failuresBefore()).isEqualTo(2));
  }

  @Test
  void counts_a_failed_job_and_a_failure_to_lease_in_one_run() {
    storage.failOpens(true);
    ParseWorker worker = worker("w1");
    worker.processNext();
    parsing.failLeases(true);

    ParseWorker.Poll poll = worker.processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.PAUSE);
  }

  @Test
  void hands_a_job_to_another_worker_when_the_first_one_dies_holding_it() {
    parsing.queue().lease("dead-worker", POLICY.leaseTime(), clock.instant());
    clock.advance(POLICY.leaseTime().plusSeconds(1));

    ParseWorker.Poll poll = worker("w2").processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.PROCESSED);
    assertThat(parsing.status(cv.id())).contains("parsed");
    assertThat(events.eventsOf(WorkerEvent.JobReceived.class)).singleElement()
        .satisfies(e -> assertThat(e.attempt()).isEqualTo(2));
  }

  @Test
  void dead_letters_without_reading_a_job_whose_every_lease_ran_out() {
    letEveryLeaseRunOut();

    worker("w2").processNext();

    assertThat(parsing.queueState(cv.id())).contains("dead");
    assertThat(parsing.status(cv.id())).contains("failed");
    assertThat(events.names()).doesNotContain("cv.parse.started");
  }

  @Test
  void reports_the_attempts_a_crashing_job_used_when_it_is_dead_lettered() {
    letEveryLeaseRunOut();

    worker("w2").processNext();

    assertThat(events.eventsOf(WorkerEvent.JobDeadLettered.class)).singleElement()
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(POLICY.maxAttempts()))
        .satisfies(e -> assertThat(e.cause()).isInstanceOf(AttemptsExhaustedException.class));
  }

  @Test
  void fails_a_cv_whose_stored_file_is_gone_without_retrying() {
    storage.delete(cv.storageKey());

    worker("w1").processNext();

    assertThat(parsing.status(cv.id())).contains("failed");
    assertThat(parsing.queueState(cv.id())).contains("done");
    assertThat(events.eventsOf(ParseEvent.ParseRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ParseFailureReason.MISSING_FILE));
  }

  @Test
  void skips_a_cv_deleted_before_its_parse() {
    cvs.delete(ALICE, cv.id(), clock.instant());

    worker("w1").processNext();

    assertThat(parsing.queueState(cv.id())).contains("done");
    assertThat(events.names()).contains("cv.parse.skipped");
    assertThat(parsing.notifications()).isEmpty();
  }

  /** Polls once per attempt the policy allows, each after the previous one's backoff. */
  private void runEveryAttempt(ParseWorker worker) {
    for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
      worker.processNext();
      clock.advance(Duration.ofMinutes(2));
    }
  }

  /** Each attempt goes to a worker that dies before finishing, as a crashing file would make. */
  private void letEveryLeaseRunOut() {
    for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
      parsing.queue().lease("crashing-worker", POLICY.leaseTime(), clock.instant());
      clock.advance(POLICY.leaseTime().plusSeconds(1));
    }
  }

  private ParseWorker worker(String id) {
    ParseCv parseCv = new ParseCv(cvs, parsing.results(), storage, textExtractor,
        sectionExtractor, events, clock);
    return new ParseWorker(parsing.queue(), parseCv, parsing.results(),
        parsing.notificationRepository(), ids, events, clock, POLICY, id);
  }

  private ExtractedText extract(ByteSource content, CvFormat format) {
    RuntimeException interruption = interruptionFailure.get();
    if (interruption != null) {
      Thread.currentThread().interrupt();
      throw interruption;
    }
    RuntimeException failure = extractionFailure.get();
    if (failure != null) {
      throw failure;
    }
    Error error = extractionError.get();
    if (error != null) {
      throw error;
    }
    try (var in = content.openStream()) {
      return new ExtractedText(new String(in.readAllBytes()), 1);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
