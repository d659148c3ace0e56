package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.cv;
import static com.tailorjob.adapters.persistence.jdbi.Samples.parseOf;
import static com.tailorjob.adapters.persistence.jdbi.Samples.recordUpload;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.application.port.out.ParseQueue.ParseJob;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbiParseQueueTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Instant FINISHED = NOW.plusSeconds(5);

  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private Jdbi jdbi;
  private JdbiParseQueue queue;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    queue = new JdbiParseQueue(jdbi, Clock.fixed(FINISHED, ZoneOffset.UTC));
    new JdbiUserRepository(jdbi).add(user(ALICE.value()));
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void is_named_for_its_table() {
    assertThat(queue.name()).isEqualTo("cv_parse_queue");
  }

  @Test
  void leases_the_oldest_available_job_as_its_first_attempt() {
    Cv older = queued("cv-older", NOW.minusSeconds(60));
    queued("cv-newer", NOW);

    Optional<ParseJob> job = queue.lease("worker-a", LEASE, NOW);

    assertThat(job).hasValueSatisfying(leased -> {
      assertThat(leased.request()).isEqualTo(parseOf(older, "req-cv-older"));
      assertThat(leased.attempt()).isEqualTo(1);
      assertThat(leased.workerId()).isEqualTo("worker-a");
    });
  }

  @Test
  void records_who_holds_a_lease_and_until_when() {
    queued("cv-1", NOW);

    queue.lease("worker-a", LEASE, NOW);

    assertThat(row("cv-1")).isEqualTo(new QueueRow("leased", 1, Optional.of("worker-a"),
        Optional.of(NOW.plus(LEASE)), Optional.empty(), Optional.empty()));
  }

  @Test
  void leases_nothing_before_a_job_is_available() {
    queued("cv-1", NOW);

    assertThat(queue.lease("worker-a", LEASE, NOW.minusSeconds(1))).isEmpty();
  }

  @Test
  void does_not_lease_a_job_again_before_its_lease_ends() {
    queued("cv-1", NOW);
    queue.lease("worker-a", LEASE, NOW);

    Optional<ParseJob> second = queue.lease("worker-b", LEASE, NOW.plus(LEASE));

    assertThat(second).isEmpty();
  }

  @Test
  void leases_a_job_again_as_its_next_attempt_once_its_lease_has_ended() {
    queued("cv-1", NOW);
    queue.lease("worker-a", LEASE, NOW);

    Optional<ParseJob> second = queue.lease("worker-b", LEASE, NOW.plus(LEASE).plusSeconds(1));

    assertThat(second).hasValueSatisfying(job -> {
      assertThat(job.attempt()).isEqualTo(2);
      assertThat(job.workerId()).isEqualTo("worker-b");
    });
  }

  @Test
  void never_leases_a_completed_job_again() {
    queued("cv-1", NOW);
    ParseJob job = queue.lease("worker-a", LEASE, NOW).orElseThrow();

    queue.complete(job);

    assertThat(queue.lease("worker-b", LEASE, NOW.plus(Duration.ofDays(1)))).isEmpty();
    assertThat(row("cv-1")).isEqualTo(new QueueRow("done", 1, Optional.of("worker-a"),
        Optional.empty(), Optional.empty(), Optional.of(FINISHED)));
  }

  @Test
  void hides_a_retried_job_until_it_is_available_again() {
    queued("cv-1", NOW);
    ParseJob job = queue.lease("worker-a", LEASE, NOW).orElseThrow();
    Instant retryAt = NOW.plusSeconds(10);

    queue.retry(job, retryAt, "StorageUnavailableException: injected");

    assertThat(queue.lease("worker-b", LEASE, retryAt.minusMillis(1))).isEmpty();
    assertThat(queue.lease("worker-b", LEASE, retryAt))
        .hasValueSatisfying(again -> assertThat(again.attempt()).isEqualTo(2));
  }

  @Test
  void keeps_the_error_of_a_retried_job() {
    queued("cv-1", NOW);
    ParseJob job = queue.lease("worker-a", LEASE, NOW).orElseThrow();

    queue.retry(job, NOW.plusSeconds(10), "StorageUnavailableException: injected");

    assertThat(row("cv-1")).isEqualTo(new QueueRow("queued", 1, Optional.of("worker-a"),
        Optional.empty(), Optional.of("StorageUnavailableException: injected"),
        Optional.empty()));
  }

  @Test
  void never_leases_a_dead_lettered_job_again() {
    queued("cv-1", NOW);
    ParseJob job = queue.lease("worker-a", LEASE, NOW).orElseThrow();

    queue.deadLetter(job, "StorageUnavailableException: injected");

    assertThat(queue.lease("worker-b", LEASE, NOW.plus(Duration.ofDays(1)))).isEmpty();
    assertThat(row("cv-1")).isEqualTo(new QueueRow("dead", 1, Optional.of("worker-a"),
        Optional.empty(), Optional.of("StorageUnavailableException: injected"),
        Optional.of(FINISHED)));
  }

  @Test
  void hands_a_released_job_back_at_once_without_counting_the_attempt() {
    queued("cv-1", NOW);
    ParseJob job = queue.lease("worker-a", LEASE, NOW).orElseThrow();

    queue.release(job);

    assertThat(queue.lease("worker-b", LEASE, NOW))
        .hasValueSatisfying(again -> assertThat(again.attempt()).isEqualTo(1));
  }

  @ParameterizedTest
  @EnumSource(Finish.class)
  void ignores_a_late_finish_from_a_worker_whose_lease_was_taken_over(Finish finish) {
    queued("cv-1", NOW);
    ParseJob stale = queue.lease("worker-a", LEASE, NOW).orElseThrow();
    queue.lease("worker-b", LEASE, NOW.plus(LEASE).plusSeconds(1)).orElseThrow();
    QueueRow takenOver = row("cv-1");

    finish.apply(queue, stale);

    assertThat(row("cv-1")).isEqualTo(takenOver);
    assertThat(takenOver.leasedBy()).contains("worker-b");
  }

  @Test
  void lets_the_new_holder_finish_a_job_taken_over_from_a_stale_worker() {
    queued("cv-1", NOW);
    ParseJob stale = queue.lease("worker-a", LEASE, NOW).orElseThrow();
    ParseJob current = queue.lease("worker-b", LEASE, NOW.plus(LEASE).plusSeconds(1)).orElseThrow();
    queue.complete(stale);

    queue.complete(current);

    assertThat(row("cv-1").status()).isEqualTo("done");
  }

  @Test
  void never_leases_one_job_to_two_workers_leasing_at_once() throws Exception {
    int jobs = 20;
    for (int i = 0; i < jobs; i++) {
      queued("cv-" + i, NOW.plusMillis(i));
    }
    CyclicBarrier start = new CyclicBarrier(4);
    List<Future<List<Long>>> workers = new ArrayList<>();

    for (int w = 0; w < 4; w++) {
      workers.add(threads.submit(leaseUntilEmpty("worker-" + w, start)));
    }

    List<Long> leased = new ArrayList<>();
    for (Future<List<Long>> worker : workers) {
      leased.addAll(worker.get(60, TimeUnit.SECONDS));
    }
    assertThat(leased).hasSize(jobs).doesNotHaveDuplicates();
  }

  /** A queue row as operators would read it. */
  private record QueueRow(
      String status,
      int attempts,
      Optional<String> leasedBy,
      Optional<Instant> leasedUntil,
      Optional<String> lastError,
      Optional<Instant> finishedAt) {}

  /** The ways a worker can finish a job, each of which a stale worker must not get to use. */
  enum Finish {
    COMPLETE((queue, job) -> queue.complete(job)),
    RETRY((queue, job) -> queue.retry(job, NOW, "late retry")),
    DEAD_LETTER((queue, job) -> queue.deadLetter(job, "late dead letter")),
    RELEASE((queue, job) -> queue.release(job));

    private final BiConsumer<JdbiParseQueue, ParseJob> action;

    Finish(BiConsumer<JdbiParseQueue, ParseJob> action) {
      this.action = action;
    }

    void apply(JdbiParseQueue queue, ParseJob job) {
      action.accept(queue, job);
    }
  }

  private Callable<List<Long>> leaseUntilEmpty(String workerId, CyclicBarrier start) {
    return () -> {
      start.await(30, TimeUnit.SECONDS);
      List<Long> leased = new ArrayList<>();
      Optional<ParseJob> job = queue.lease(workerId, LEASE, NOW.plusSeconds(1));
      while (job.isPresent()) {
        leased.add(job.get().id());
        job = queue.lease(workerId, LEASE, NOW.plusSeconds(1));
      }
      return leased;
    };
  }

  private Cv queued(String id, Instant uploadedAt) {
    Cv cv = cv(id, ALICE, "resume " + id, uploadedAt);
    recordUpload(jdbi, cv, "req-" + id);
    return cv;
  }

  private QueueRow row(String cvId) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT status, attempts, leased_by, leased_until, last_error, finished_at
            FROM cv_parse_queue WHERE cv_id = :cv""")
        .bind("cv", cvId)
        .map((rs, ctx) -> new QueueRow(
            rs.getString("status"),
            rs.getInt("attempts"),
            Optional.ofNullable(rs.getString("leased_by")),
            Timestamps.readOptional(rs, "leased_until"),
            Optional.ofNullable(rs.getString("last_error")),
            Timestamps.readOptional(rs, "finished_at")))
        .one());
  }
}
