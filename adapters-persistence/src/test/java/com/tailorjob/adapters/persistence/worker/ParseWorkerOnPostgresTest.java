package com.tailorjob.adapters.persistence.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.application.testing.ForwardingCvParseResults;
import com.tailorjob.application.worker.AttemptsExhaustedException;
import com.tailorjob.application.worker.ParseWorker;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.event.WorkerEvent;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ParseWorkerOnPostgresTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  @TempDir
  Path storageRoot;

  private ParsingOnPostgres parsing;
  private UserId alice;
  private Cv cv;

  @BeforeEach
  void upload_a_cv() {
    parsing = new ParsingOnPostgres(POSTGRES.dataSource(), storageRoot);
    alice = parsing.user("alice");
    cv = parsing.upload(alice, "alice");
  }

  /** A test that fails before its own clearing must not leave the next one interrupted. */
  @AfterEach
  void clear_the_interrupt() {
    Thread.interrupted();
  }

  @Test
  void parses_a_queued_cv_and_stores_its_sections() {
    ParseWorker.Poll poll = parsing.worker("worker-a").processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.PROCESSED);
    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.PARSED);
    assertThat(parsing.adapters.parseResults().findParsed(cv.id()))
        .hasValueSatisfying(parsed ->
            assertThat(parsed.sections()).isEqualTo(ParsingOnPostgres.SECTIONS));
  }

  @Test
  void tells_the_owner_their_cv_was_parsed() {
    parsing.worker("worker-a").processNext();

    assertThat(parsing.adapters.notifications().listFor(alice)).singleElement()
        .satisfies(n -> {
          assertThat(n.kind()).isEqualTo(Notification.Kind.CV_PARSED);
          assertThat(n.cv()).isEqualTo(cv.id());
        });
  }

  @Test
  void ends_an_unreadable_cv_as_failed_with_its_reason_and_does_not_retry() {
    parsing.extractTextWith((content, format) -> {
      throw new UnreadableCvException(ParseFailureReason.ENCRYPTED);
    });

    parsing.worker("worker-a").processNext();

    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.FAILED);
    assertThat(parsing.adapters.parseResults().failureReason(cv.id())).contains("encrypted");
    assertThat(parsing.queueRows()).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "done"));
  }

  @Test
  void hands_the_job_of_a_worker_killed_mid_job_to_another_worker_which_parses_it_once() {
    parsing.adapters.parseQueue()
        .lease("worker-killed", ParsingOnPostgres.POLICY.leaseTime(), parsing.clock.instant());
    parsing.clock.advance(ParsingOnPostgres.POLICY.leaseTime().plusSeconds(1));

    ParseWorker.Poll poll = parsing.worker("worker-b").processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.PROCESSED);
    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.PARSED);
    assertThat(parsing.events.eventsOf(WorkerEvent.JobCompleted.class)).singleElement()
        .satisfies(e -> assertThat(e.cv()).isEqualTo(cv.id()));
    assertThat(parsing.queueRows()).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("status", "done").containsEntry("attempts", 2));
  }

  @Test
  void does_not_take_a_job_whose_lease_is_still_running() {
    parsing.adapters.parseQueue()
        .lease("worker-a", ParsingOnPostgres.POLICY.leaseTime(), parsing.clock.instant());
    parsing.clock.advance(ParsingOnPostgres.POLICY.leaseTime());

    ParseWorker.Poll poll = parsing.worker("worker-b").processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.IDLE);
  }

  @Test
  void gives_up_again_on_a_job_whose_cv_could_not_be_marked_failed_on_its_last_attempt() {
    failEveryExtraction();
    parsing.leaseToAWorkerThatDies();
    parsing.leaseToAWorkerThatDies();
    CvParseResults failedCannotBeRecorded = new FailedCannotBeRecorded(parsing.adapters);
    parsing.worker("worker-a", parsing.adapters.parseQueue(), failedCannotBeRecorded)
        .processNext();

    parsing.clock.advance(ParsingOnPostgres.POLICY.leaseTime().plusSeconds(1));
    parsing.worker("worker-b").processNext();

    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.FAILED);
    assertThat(parsing.queueRows()).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "dead"));
  }

  @Test
  void reports_an_attempt_whose_retry_could_not_be_recorded_as_back_when_its_lease_ends() {
    failEveryExtraction();
    ParseQueue retryCannotBeRecorded = new ForwardingParseQueue(parsing.adapters.parseQueue()) {
      @Override
      public void retry(ParseJob job, Instant availableAt, String error) {
        throw new IllegalStateException("connection refused");
      }
    };
    Instant leaseEnd = parsing.clock.instant().plus(ParsingOnPostgres.POLICY.leaseTime());

    parsing.worker("worker-a", retryCannotBeRecorded).processNext();

    assertThat(parsing.events.eventsOf(WorkerEvent.JobDeadLettered.class)).isEmpty();
    assertThat(parsing.events.eventsOf(WorkerEvent.JobLeftLeased.class)).singleElement()
        .satisfies(e -> assertThat(e.leaseEndsAt()).isEqualTo(leaseEnd));
    assertThat(parsing.queueRows()).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "leased"));
  }

  @Test
  void reports_a_last_attempt_that_could_not_be_given_up_as_back_when_its_lease_ends() {
    failEveryExtraction();
    parsing.leaseToAWorkerThatDies();
    parsing.leaseToAWorkerThatDies();
    CvParseResults failedCannotBeRecorded = new FailedCannotBeRecorded(parsing.adapters);

    parsing.worker("worker-a", parsing.adapters.parseQueue(), failedCannotBeRecorded)
        .processNext();

    assertThat(parsing.events.eventsOf(WorkerEvent.JobDeadLettered.class)).isEmpty();
    assertThat(parsing.events.eventsOf(WorkerEvent.JobLeftLeased.class)).singleElement()
        .satisfies(e -> assertThat(e.attempt()).isEqualTo(3));
  }

  @Test
  void reports_a_spent_job_that_could_not_be_given_up_as_back_when_its_lease_ends() {
    parsing.leaseToAWorkerThatDies();
    parsing.leaseToAWorkerThatDies();
    parsing.leaseToAWorkerThatDies();
    CvParseResults failedCannotBeRecorded = new FailedCannotBeRecorded(parsing.adapters);

    parsing.worker("worker-a", parsing.adapters.parseQueue(), failedCannotBeRecorded)
        .processNext();

    assertThat(parsing.events.eventsOf(WorkerEvent.JobDeadLettered.class)).isEmpty();
    assertThat(parsing.events.eventsOf(WorkerEvent.JobLeftLeased.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).isInstanceOf(AttemptsExhaustedException.class));
  }

  @Test
  void hands_an_interrupted_job_back_at_once_without_counting_the_attempt() {
    interruptEveryExtraction();

    parsing.worker("worker-a").processNext();
    Thread.interrupted();

    assertThat(parsing.queueRows()).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("status", "queued").containsEntry("attempts", 0));
    assertThat(parsing.adapters.parseQueue()
        .lease("worker-b", ParsingOnPostgres.POLICY.leaseTime(), parsing.clock.instant()))
        .hasValueSatisfying(job -> assertThat(job.attempt()).isEqualTo(1));
  }

  @Test
  void neither_fails_nor_dead_letters_a_cv_whose_last_attempt_is_interrupted() {
    parsing.leaseToAWorkerThatDies();
    parsing.leaseToAWorkerThatDies();
    interruptEveryExtraction();

    parsing.worker("worker-a").processNext();
    Thread.interrupted();

    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.PARSING);
    assertThat(parsing.adapters.notifications().listFor(alice)).isEmpty();
    assertThat(parsing.queueRows()).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "queued"));
  }

  @Test
  void reports_an_interrupted_job_as_handed_back_and_not_as_failed() {
    interruptEveryExtraction();

    parsing.worker("worker-a").processNext();
    Thread.interrupted();

    assertThat(parsing.events.eventsOf(WorkerEvent.JobReleased.class)).singleElement()
        .satisfies(e -> assertThat(e.cv()).isEqualTo(cv.id()));
    assertThat(parsing.events.eventsOf(WorkerEvent.JobRetrying.class)).isEmpty();
  }

  @Test
  void leaves_the_thread_interrupted_after_handing_its_job_back_so_its_loop_stops() {
    interruptEveryExtraction();

    parsing.worker("worker-a").processNext();
    boolean stillInterrupted = Thread.interrupted();

    assertThat(stillInterrupted).isTrue();
  }

  @Test
  void parses_a_cv_on_its_retry_after_a_failed_attempt() {
    failEveryExtraction();
    parsing.worker("worker-a").processNext();
    parsing.extractTextWith((content, format) -> new ExtractedText("text", 1));

    parsing.clock.advance(ParsingOnPostgres.POLICY.backoffAfter(1));
    ParseWorker.Poll poll = parsing.worker("worker-b").processNext();

    assertThat(poll).isEqualTo(ParseWorker.Poll.PROCESSED);
    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.PARSED);
  }

  /** What the text extractor does when its thread is interrupted, as at shutdown. */
  private void interruptEveryExtraction() {
    parsing.extractTextWith((content, format) -> {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted during text extraction");
    });
  }

  private void failEveryExtraction() {
    parsing.extractTextWith((content, format) -> {
      throw new IllegalStateException("storage went away");
    });
  }

  /** The real parse results, except that marking a CV failed throws, as in an outage. */
  private static final class FailedCannotBeRecorded extends ForwardingCvParseResults {

    FailedCannotBeRecorded(PersistenceAdapters adapters) {
      super(adapters.parseResults());
    }

    @Override
    public void recordFailed(CvId cv, String reason) {
      throw new IllegalStateException("connection refused");
    }
  }
}
