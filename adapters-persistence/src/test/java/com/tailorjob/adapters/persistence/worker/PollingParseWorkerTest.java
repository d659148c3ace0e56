package com.tailorjob.adapters.persistence.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.event.WorkerEvent;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PollingParseWorkerTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final Duration POLL = Duration.ofMillis(20);
  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir
  Path storageRoot;

  private final List<PollingParseWorker> running = new ArrayList<>();
  private ParsingOnPostgres parsing;
  private UserId alice;

  @BeforeEach
  void setUp() {
    parsing = new ParsingOnPostgres(POSTGRES.dataSource(), storageRoot);
    alice = parsing.user("alice");
  }

  @AfterEach
  void closeWorkers() {
    running.forEach(PollingParseWorker::close);
  }

  @Test
  void two_workers_sharing_the_queue_parse_every_cv_exactly_once() {
    List<Cv> cvs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      cvs.add(parsing.upload(alice, "cv-" + i));
    }

    start(new PollingParseWorker(parsing.worker("worker-a"), 2, POLL, GRACE));
    start(new PollingParseWorker(parsing.worker("worker-b"), 2, POLL, GRACE));

    await().atMost(PATIENCE).until(() -> parsing.queueRows().stream()
        .allMatch(row -> row.get("status").equals("done")));
    assertThat(parsing.queueRows())
        .allSatisfy(row -> assertThat(row).containsEntry("attempts", 1));
    assertThat(cvs)
        .allSatisfy(cv -> assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.PARSED));
    assertThat(completionsPerCv()).hasSize(30)
        .allSatisfy((cv, count) -> assertThat(count).isOne());
  }

  @Test
  void finishes_the_job_in_progress_when_closed_within_the_grace_period() throws Exception {
    CountDownLatch extracting = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    parsing.extractTextWith((content, format) -> {
      extracting.countDown();
      awaitIgnoringInterrupts(mayFinish);
      return new ExtractedText("text", 1);
    });
    Cv cv = parsing.upload(alice, "slow");
    PollingParseWorker worker = start(
        new PollingParseWorker(parsing.worker("worker-a"), 1, POLL, GRACE));
    assertThat(extracting.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

    Thread closing = new Thread(worker::close, "closing");
    closing.start();
    await().atMost(PATIENCE).until(() -> closing.getState() == Thread.State.TIMED_WAITING);
    mayFinish.countDown();
    closing.join(PATIENCE.toMillis());

    assertThat(closing.isAlive()).isFalse();
    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.PARSED);
    assertThat(parsing.queueRows()).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "done"));
  }

  @Test
  void leaves_a_job_stuck_past_the_grace_period_to_come_back_when_its_lease_ends() {
    CountDownLatch extracting = new CountDownLatch(1);
    CountDownLatch unstuck = new CountDownLatch(1);
    AtomicInteger extractions = new AtomicInteger();
    parsing.extractTextWith((content, format) -> {
      if (extractions.incrementAndGet() == 1) {
        extracting.countDown();
        awaitIgnoringInterrupts(unstuck);
      }
      return new ExtractedText("text", 1);
    });
    Cv cv = parsing.upload(alice, "stuck");
    PollingParseWorker stuck = start(new PollingParseWorker(
        parsing.worker("worker-stuck"), 1, POLL, Duration.ofMillis(100)));
    await().atMost(PATIENCE).until(() -> extracting.getCount() == 0);
    stuck.close();

    parsing.clock.advance(ParsingOnPostgres.POLICY.leaseTime().plusSeconds(1));
    parsing.worker("worker-b").processNext();
    unstuck.countDown();

    await().atMost(PATIENCE)
        .until(() -> parsing.events.eventsOf(WorkerEvent.JobCompleted.class).size() == 2);
    assertThat(parsing.statusOf(cv)).isEqualTo(CvStatus.PARSED);
    assertThat(parsing.queueRows()).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("status", "done").containsEntry("attempts", 2));
  }

  @Test
  void waits_after_interrupting_a_job_until_it_is_handed_back() {
    CountDownLatch extracting = new CountDownLatch(1);
    parsing.extractTextWith((content, format) -> {
      extracting.countDown();
      return blockUntilInterrupted();
    });
    ParseQueue slowToRelease = new ForwardingParseQueue(parsing.adapters.parseQueue()) {
      @Override
      public void release(ParseJob job) {
        pause(Duration.ofMillis(200));
        super.release(job);
      }
    };
    parsing.upload(alice, "long");
    PollingParseWorker worker = start(new PollingParseWorker(
        parsing.worker("worker-a", slowToRelease), 1, POLL, Duration.ofSeconds(1)));
    await().atMost(PATIENCE).until(() -> extracting.getCount() == 0);

    worker.close();

    assertThat(parsing.queueRows()).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("status", "queued").containsEntry("attempts", 0));
    assertThat(parsing.events.names()).endsWith("worker.job.released", "worker.stopped");
  }

  @Test
  void reports_the_worker_stopped_only_after_its_last_job_completed() {
    parsing.upload(alice, "one");
    PollingParseWorker worker = start(
        new PollingParseWorker(parsing.worker("worker-a"), 2, POLL, GRACE));
    await().atMost(PATIENCE).until(() -> jobsDone() == 1);

    worker.close();

    assertThat(parsing.events.names()).startsWith("worker.started")
        .endsWith("worker.job.completed", "worker.stopped");
  }

  @Test
  void keeps_polling_through_a_queue_that_fails_for_a_while() {
    Cv cv = parsing.upload(alice, "patient");
    ParseQueue flaky = new FailingFirstLeases(parsing.adapters.parseQueue(), 3);

    start(new PollingParseWorker(parsing.worker("worker-a", flaky), 1, POLL, GRACE));

    await().atMost(PATIENCE).until(() -> parsing.statusOf(cv) == CvStatus.PARSED);
  }

  @Test
  void pauses_every_polling_thread_when_the_worker_is_unhealthy() {
    AtomicInteger leases = new AtomicInteger();
    ParseQueue down = new ForwardingParseQueue(parsing.adapters.parseQueue()) {
      @Override
      public Optional<ParseJob> lease(String workerId, Duration leaseTime, Instant now) {
        leases.incrementAndGet();
        throw new IllegalStateException("connection refused");
      }
    };
    start(new PollingParseWorker(parsing.worker("worker-a", down), 3, POLL, GRACE));
    await().atMost(PATIENCE)
        .until(() -> !parsing.events.eventsOf(WorkerEvent.WorkerUnhealthy.class).isEmpty());

    int leasesWhenUnhealthy = leases.get();
    // Each of the other two threads may have had a lease under way.

    await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .until(() -> leases.get() <= leasesWhenUnhealthy + 2);
  }

  @Test
  void keeps_its_thread_after_a_parse_runs_out_of_memory() {
    AtomicInteger extractions = new AtomicInteger();
    parsing.extractTextWith((content, format) -> {
      if (extractions.incrementAndGet() == 1) {
        throw new OutOfMemoryError("Java heap space");
      }
      return new ExtractedText("text", 1);
    });
    parsing.upload(alice, "huge");
    Cv next = parsing.upload(alice, "next");

    start(new PollingParseWorker(parsing.worker("worker-a"), 1, POLL, GRACE));

    await().atMost(PATIENCE).until(() -> parsing.statusOf(next) == CvStatus.PARSED);
  }

  @Test
  void refuses_to_run_without_a_thread() {
    assertThatThrownBy(() -> new PollingParseWorker(parsing.worker("w"), 0, POLL, GRACE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private PollingParseWorker start(PollingParseWorker worker) {
    running.add(worker);
    worker.start();
    return worker;
  }

  private long jobsDone() {
    return parsing.queueRows().stream().filter(row -> row.get("status").equals("done")).count();
  }

  private Map<CvId, Long> completionsPerCv() {
    return parsing.events.eventsOf(WorkerEvent.JobCompleted.class).stream()
        .collect(Collectors.groupingBy(WorkerEvent.JobCompleted::cv, Collectors.counting()));
  }

  /**
   * Stands in for work that neither hurries nor heeds an interrupt, such as blocking socket I/O:
   * it goes on only when the test says so.
   */
  private static void awaitIgnoringInterrupts(CountDownLatch latch) {
    while (latch.getCount() > 0) {
      try {
        latch.await();
      } catch (InterruptedException ignored) {
        // Deliberately carries on, as such work would.
      }
    }
  }

  /** Acts as the text extractor does when interrupted: stays interrupted and gives up. */
  private static ExtractedText blockUntilInterrupted() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new CancellationException("interrupted during text extraction");
  }

  /** Slow bookkeeping, such as a database under load. */
  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The real queue behind leases that throw at first, as when the database is briefly down. */
  private static final class FailingFirstLeases extends ForwardingParseQueue {

    private final AtomicInteger failuresLeft;

    FailingFirstLeases(ParseQueue queue, int failures) {
      super(queue);
      this.failuresLeft = new AtomicInteger(failures);
    }

    @Override
    public Optional<ParseJob> lease(String workerId, Duration leaseTime, Instant now) {
      if (failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("connection refused");
      }
      return super.lease(workerId, leaseTime, now);
    }
  }
}
