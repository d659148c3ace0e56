package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.cv;
import static com.tailorjob.adapters.persistence.jdbi.Samples.parseOf;
import static com.tailorjob.adapters.persistence.jdbi.Samples.recordUpload;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.adapters.persistence.testing.PrintedFailure;
import com.tailorjob.application.port.out.DuplicateCvException;
import com.tailorjob.application.port.out.StoredFileSweptException;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.user.UserId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiCvRepositoryTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private Jdbi jdbi;
  private JdbiCvRepository cvs;
  private JdbiPendingFileRemovals removals;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    cvs = new JdbiCvRepository(jdbi);
    removals = new JdbiPendingFileRemovals(jdbi);
    JdbiUserRepository users = new JdbiUserRepository(jdbi);
    users.add(user(ALICE.value()));
    users.add(user(BOB.value()));
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void finds_a_recorded_cv_with_every_field_intact() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    noteUpload(cv);

    cvs.addAndQueueParse(cv, parseOf(cv, "req-1"));

    assertThat(cvs.find(ALICE, cv.id())).contains(cv);
  }

  @Test
  void queues_the_parse_of_a_recorded_cv_with_its_request_id() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    noteUpload(cv);

    cvs.addAndQueueParse(cv, parseOf(cv, "req-1"));

    assertThat(queueRows()).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("cv_id", "cv-1").containsEntry("owner_id", "alice");
      assertThat(row).containsEntry("request_id", "req-1").containsEntry("status", "queued");
      assertThat(row).containsEntry("attempts", 0);
    });
  }

  @Test
  void keeps_no_cv_when_its_parse_cannot_be_queued() {
    refuseQueueingRequest("req-poisoned");
    Cv cv = cv("cv-1", ALICE, "resume one");
    noteUpload(cv);

    assertThatThrownBy(() -> cvs.addAndQueueParse(cv, parseOf(cv, "req-poisoned")))
        .hasStackTraceContaining("queue refused");

    assertThat(cvs.find(ALICE, cv.id())).isEmpty();
    assertThat(queueRows()).isEmpty();
  }

  @Test
  void cancels_the_pending_removal_of_the_file_of_a_recorded_cv() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    noteUpload(cv);

    cvs.addAndQueueParse(cv, parseOf(cv, "req-1"));

    assertThat(pendingRemovals()).isEmpty();
  }

  @Test
  void refuses_to_record_a_cv_whose_file_a_sweep_has_taken() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    noteUpload(cv);
    removals.take(NOW.plusSeconds(1), NOW, NOW.plusSeconds(900), 10);

    assertThatThrownBy(() -> cvs.addAndQueueParse(cv, parseOf(cv, "req-1")))
        .isInstanceOf(StoredFileSweptException.class);

    assertThat(cvs.find(ALICE, cv.id())).isEmpty();
    assertThat(queueRows()).isEmpty();
    assertThat(pendingRemovals()).containsExactly(cv.storageKey().value());
  }

  @Test
  void refuses_to_record_a_cv_whose_file_removal_was_never_noted() {
    Cv cv = cv("cv-1", ALICE, "resume one");

    assertThatThrownBy(() -> cvs.addAndQueueParse(cv, parseOf(cv, "req-1")))
        .isInstanceOf(StoredFileSweptException.class);

    assertThat(cvs.find(ALICE, cv.id())).isEmpty();
  }

  @Test
  void refuses_to_record_a_cv_whose_file_a_sweep_takes_while_the_record_waits()
      throws Exception {
    Cv cv = cv("cv-1", ALICE, "resume one");
    noteUpload(cv);

    Throwable refusal = whileAnotherTransactionHolds(
        handle -> holdInOpenTransaction(handle, cv),
        () -> catchThrowable(() -> cvs.addAndQueueParse(cv, parseOf(cv, "req-1"))));

    assertThat(refusal).isInstanceOf(StoredFileSweptException.class);
    assertThat(cvs.find(ALICE, cv.id())).isEmpty();
  }

  @Test
  void keeps_the_pending_removal_of_the_file_of_a_refused_duplicate() {
    Cv first = cv("cv-1", ALICE, "same bytes");
    Cv second = cv("cv-2", ALICE, "same bytes");
    recordUpload(jdbi, first, "req-1");
    noteUpload(second);

    catchDuplicate(() -> cvs.addAndQueueParse(second, parseOf(second, "req-2")));

    assertThat(pendingRemovals()).containsExactly(second.storageKey().value());
  }

  @Test
  void refuses_a_second_cv_with_the_same_bytes_for_the_same_owner() {
    Cv first = cv("cv-1", ALICE, "same bytes");
    Cv second = cv("cv-2", ALICE, "same bytes");
    recordUpload(jdbi, first, "req-1");
    noteUpload(second);

    assertThatThrownBy(() -> cvs.addAndQueueParse(second, parseOf(second, "req-2")))
        .isInstanceOfSatisfying(DuplicateCvException.class,
            e -> assertThat(e.hash()).isEqualTo(first.contentHash()));
  }

  @Test
  void queues_nothing_for_a_refused_duplicate() {
    Cv first = cv("cv-1", ALICE, "same bytes");
    Cv second = cv("cv-2", ALICE, "same bytes");
    recordUpload(jdbi, first, "req-1");
    noteUpload(second);

    catchDuplicate(() -> cvs.addAndQueueParse(second, parseOf(second, "req-2")));

    assertThat(queueRows()).extracting(row -> row.get("cv_id")).containsExactly("cv-1");
  }

  @Test
  void accepts_the_same_bytes_from_two_owners() {
    Cv alices = cv("cv-1", ALICE, "same bytes");
    Cv bobs = cv("cv-2", BOB, "same bytes");
    noteUpload(alices);
    noteUpload(bobs);

    cvs.addAndQueueParse(alices, parseOf(alices, "req-1"));
    cvs.addAndQueueParse(bobs, parseOf(bobs, "req-2"));

    assertThat(cvs.find(BOB, bobs.id())).contains(bobs);
  }

  @Test
  void keeps_the_filename_out_of_a_refused_insert() {
    Cv orphan = cv("ada-lovelace", new UserId("deleted-meanwhile"), "resume one");
    noteUpload(orphan);

    Throwable failure = catchThrowable(() -> cvs.addAndQueueParse(orphan, parseOf(orphan, "r")));

    assertThat(PrintedFailure.of(failure)).contains("cvs_owner_id_fkey")
        .doesNotContain(orphan.filename().value());
  }

  @Test
  void finds_the_owners_cv_by_its_content_hash() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    assertThat(cvs.findByContentHash(ALICE, cv.contentHash())).contains(cv);
  }

  @Test
  void finds_no_cv_by_the_content_hash_of_another_owners_cv() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    assertThat(cvs.findByContentHash(BOB, cv.contentHash())).isEmpty();
  }

  @Test
  void ends_two_simultaneous_uploads_of_the_same_bytes_as_one_cv() throws Exception {
    Cv first = cv("cv-1", ALICE, "same bytes");
    Cv second = cv("cv-2", ALICE, "same bytes");
    CyclicBarrier start = new CyclicBarrier(2);

    Future<Outcome> a = threads.submit(() -> addAfter(start, first));
    Future<Outcome> b = threads.submit(() -> addAfter(start, second));

    assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
        .containsExactlyInAnyOrder(Outcome.ADDED, Outcome.DUPLICATE);
    assertThat(cvs.listByOwner(ALICE)).hasSize(1);
    assertThat(queueRows()).hasSize(1);
  }

  @Test
  void reports_a_duplicate_to_an_upload_that_waited_on_an_uncommitted_one() throws Exception {
    Cv first = cv("cv-1", ALICE, "same bytes");
    Cv second = cv("cv-2", ALICE, "same bytes");

    Outcome outcome = whileAnotherTransactionHolds(
        handle -> insertInOpenTransaction(handle, first), () -> add(second));

    assertThat(outcome).isEqualTo(Outcome.DUPLICATE);
    assertThat(cvs.listByOwner(ALICE)).extracting(Cv::id).containsExactly(first.id());
  }

  @Test
  void finds_nothing_under_another_owners_id() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    assertThat(cvs.find(BOB, cv.id())).isEmpty();
  }

  @Test
  void refuses_to_delete_another_owners_cv() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    boolean deleted = cvs.delete(BOB, cv.id(), NOW);

    assertThat(deleted).isFalse();
    assertThat(cvs.find(ALICE, cv.id())).contains(cv);
  }

  @Test
  void deletes_the_owners_cv() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    boolean deleted = cvs.delete(ALICE, cv.id(), NOW);

    assertThat(deleted).isTrue();
    assertThat(cvs.find(ALICE, cv.id())).isEmpty();
  }

  @Test
  void deleting_a_cv_removes_its_queued_parse() {
    Cv kept = cv("cv-1", ALICE, "resume one");
    Cv removed = cv("cv-2", ALICE, "resume two");
    recordUpload(jdbi, kept, "req-1");
    recordUpload(jdbi, removed, "req-2");

    cvs.delete(ALICE, removed.id(), NOW);

    assertThat(queueRows()).extracting(row -> row.get("cv_id")).containsExactly("cv-1");
  }

  @Test
  void deleting_a_cv_notes_its_file_for_removal() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    cvs.delete(ALICE, cv.id(), NOW);

    assertThat(pendingRemovals()).containsExactly(cv.storageKey().value());
  }

  @Test
  void makes_the_removal_of_a_deleted_cvs_file_due_at_once() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");
    cvs.delete(ALICE, cv.id(), NOW);

    List<StorageKey> due = removals.take(NOW.minusSeconds(3600), NOW, NOW.plusSeconds(900), 10);

    assertThat(due).containsExactly(cv.storageKey());
  }

  @Test
  void notes_no_removal_for_a_cv_it_did_not_delete() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    cvs.delete(BOB, cv.id(), NOW);

    assertThat(pendingRemovals()).isEmpty();
  }

  @Test
  void keeps_the_cv_when_the_removal_of_its_file_cannot_be_noted() {
    Cv cv = cv("cv-unnotable", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");
    refuseNotingRemovalOf(cv);

    assertThatThrownBy(() -> cvs.delete(ALICE, cv.id(), NOW))
        .hasStackTraceContaining("noting refused");

    assertThat(cvs.find(ALICE, cv.id())).contains(cv);
  }

  @Test
  void deleting_an_unknown_cv_reports_nothing_removed() {
    assertThat(cvs.delete(ALICE, new CvId("never-uploaded"), NOW)).isFalse();
  }

  @Test
  void lists_only_the_owners_cvs_newest_first() {
    Instant earlier = NOW.minusSeconds(3600);
    Cv old = cv("cv-old", ALICE, "old resume", earlier);
    Cv recent = cv("cv-recent", ALICE, "recent resume", NOW);
    Cv bobs = cv("cv-bob", BOB, "bob resume", NOW.plusSeconds(60));
    for (Cv cv : List.of(old, bobs, recent)) {
      recordUpload(jdbi, cv, "req-" + cv.id());
    }

    List<Cv> listed = cvs.listByOwner(ALICE);

    assertThat(listed).containsExactly(recent, old);
  }

  @Test
  void lists_nothing_for_an_owner_without_cvs() {
    Cv cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");

    assertThat(cvs.listByOwner(BOB)).isEmpty();
  }

  /**
   * Runs {@code waiter} on its own session while {@code holder}'s transaction is open, and
   * commits that transaction only once the waiter's session is blocked on its locks.
   */
  private <T> T whileAnotherTransactionHolds(
      HandleConsumer<RuntimeException> holder, Callable<T> waiter) throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch waiterStarted = new CountDownLatch(1);
    Future<Void> holding = threads.submit(() -> {
      jdbi.useTransaction(handle -> {
        holder.useHandle(handle);
        held.countDown();
        waiterStarted.await(30, TimeUnit.SECONDS);
        waitUntilAnotherSessionIsBlocked();
      });
      return null;
    });
    held.await(30, TimeUnit.SECONDS);

    Future<T> waiting = threads.submit(() -> {
      waiterStarted.countDown();
      return waiter.call();
    });

    T result = waiting.get(30, TimeUnit.SECONDS);
    holding.get(30, TimeUnit.SECONDS);
    return result;
  }

  private enum Outcome { ADDED, DUPLICATE }

  private Outcome addAfter(CyclicBarrier start, Cv cv) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    return add(cv);
  }

  private Outcome add(Cv cv) {
    noteUpload(cv);
    try {
      cvs.addAndQueueParse(cv, parseOf(cv, "req-" + cv.id()));
      return Outcome.ADDED;
    } catch (DuplicateCvException e) {
      return Outcome.DUPLICATE;
    }
  }

  /** What an upload does before it stores the file, so that the record can cancel it. */
  private void noteUpload(Cv cv) {
    removals.noteUpload(cv.storageKey(), cv.uploadedAt());
  }

  private List<String> pendingRemovals() {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT storage_key FROM pending_file_removals ORDER BY storage_key")
        .mapTo(String.class)
        .list());
  }

  private static void catchDuplicate(Runnable action) {
    assertThatThrownBy(action::run).isInstanceOf(DuplicateCvException.class);
  }

  /** Writes the CV row as a concurrent upload would, inside a transaction not yet committed. */
  private static void insertInOpenTransaction(Handle handle, Cv cv) {
    handle.createUpdate("""
            INSERT INTO cvs (id, owner_id, filename, format, size_bytes, content_hash,
                             storage_key, status, uploaded_at)
            VALUES (:id, :owner, 'a.pdf', 'pdf', 1, :hash, :key, 'uploaded', now())""")
        .bind("id", cv.id().value())
        .bind("owner", cv.owner().value())
        .bind("hash", cv.contentHash().hex())
        .bind("key", cv.storageKey().value())
        .execute();
  }

  /** Takes the removal of the CV's file as a sweep does, inside a transaction not committed. */
  private static void holdInOpenTransaction(Handle handle, Cv cv) {
    handle.createUpdate(
            "UPDATE pending_file_removals SET held_until = :until WHERE storage_key = :key")
        .bind("until", Timestamps.utc(NOW.plusSeconds(900)))
        .bind("key", cv.storageKey().value())
        .execute();
  }

  /**
   * Holds the caller's transaction open until PostgreSQL shows another session waiting on a lock.
   * It looks from a connection of its own, taken from the pool directly: Jdbi would hand this
   * thread its open transaction again, where the activity view is a snapshot that never changes.
   */
  private void waitUntilAnotherSessionIsBlocked() throws InterruptedException, SQLException {
    String waiting = "SELECT count(*) FROM pg_stat_activity"
        + " WHERE wait_event_type = 'Lock' AND datname = current_database()";
    try (Connection connection = POSTGRES.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      while (countOf(statement, waiting) == 0) {
        Thread.sleep(10);
      }
    }
  }

  private static int countOf(Statement statement, String query) throws SQLException {
    try (ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private void refuseQueueingRequest(String requestId) {
    POSTGRES.database().execute("""
        CREATE OR REPLACE FUNCTION refuse_poisoned_parse() RETURNS trigger AS $$
        BEGIN
          IF NEW.request_id = '%s' THEN
            RAISE EXCEPTION 'queue refused';
          END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""".formatted(requestId));
    POSTGRES.database().execute("""
        CREATE OR REPLACE TRIGGER refuse_poisoned_parse BEFORE INSERT ON cv_parse_queue
        FOR EACH ROW EXECUTE FUNCTION refuse_poisoned_parse()""");
  }

  private void refuseNotingRemovalOf(Cv cv) {
    POSTGRES.database().execute("""
        CREATE OR REPLACE FUNCTION refuse_noting() RETURNS trigger AS $$
        BEGIN
          IF NEW.storage_key = '%s' THEN
            RAISE EXCEPTION 'noting refused';
          END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""".formatted(cv.storageKey().value()));
    POSTGRES.database().execute("""
        CREATE OR REPLACE TRIGGER refuse_noting BEFORE INSERT ON pending_file_removals
        FOR EACH ROW EXECUTE FUNCTION refuse_noting()""");
  }

  private List<Map<String, Object>> queueRows() {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT cv_id, owner_id, request_id, status, attempts FROM cv_parse_queue"
            + " ORDER BY id")
        .mapToMap()
        .list());
  }
}
