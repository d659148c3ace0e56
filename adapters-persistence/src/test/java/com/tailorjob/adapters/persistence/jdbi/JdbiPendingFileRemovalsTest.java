package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.cv.StorageKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPendingFileRemovalsTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant HELD_UNTIL = NOW.plus(Duration.ofMinutes(15));
  private static final StorageKey FIRST = new StorageKey("cv/alice/cv-1.pdf");
  private static final StorageKey SECOND = new StorageKey("cv/alice/cv-2.pdf");
  private static final StorageKey THIRD = new StorageKey("cv/alice/cv-3.pdf");

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private JdbiPendingFileRemovals removals;

  @BeforeEach
  void setUp() {
    removals = new JdbiPendingFileRemovals(PersistenceAdapters.jdbiFor(POSTGRES.dataSource()));
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void takes_every_removal_noted_before_the_cutoff() {
    removals.noteUpload(SECOND, NOW.minus(HOUR.multipliedBy(2)));
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(3)));

    List<StorageKey> taken = removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 10);

    assertThat(taken).containsExactlyInAnyOrder(FIRST, SECOND);
  }

  @Test
  void leaves_the_removals_of_uploads_noted_after_the_cutoff() {
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(2)));
    removals.noteUpload(SECOND, NOW.minusSeconds(60));

    List<StorageKey> taken = removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 10);

    assertThat(taken).containsExactly(FIRST);
  }

  @Test
  void takes_no_more_than_the_limit_the_oldest_first() {
    removals.noteUpload(THIRD, NOW.minus(HOUR.multipliedBy(2)));
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(4)));
    removals.noteUpload(SECOND, NOW.minus(HOUR.multipliedBy(3)));

    List<StorageKey> taken = removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 2);

    assertThat(taken).containsExactlyInAnyOrder(FIRST, SECOND);
  }

  @Test
  void keeps_the_first_note_of_a_key_noted_twice() {
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(2)));
    removals.noteUpload(FIRST, NOW);

    List<StorageKey> taken = removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 10);

    assertThat(taken).containsExactly(FIRST);
  }

  @Test
  void passes_by_removals_that_another_sweep_holds() {
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(2)));
    removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 10);

    List<StorageKey> taken = removals.take(NOW.minus(HOUR), NOW.plusSeconds(60), HELD_UNTIL, 10);

    assertThat(taken).isEmpty();
  }

  @Test
  void takes_a_removal_again_once_the_hold_of_a_failed_sweep_ran_out() {
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(2)));
    removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 10);

    List<StorageKey> taken =
        removals.take(NOW, HELD_UNTIL.plusSeconds(1), HELD_UNTIL.plus(HOUR), 10);

    assertThat(taken).containsExactly(FIRST);
  }

  @Test
  void takes_removals_never_taken_before_those_a_failed_sweep_left() {
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(3)));
    removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 10);
    removals.noteUpload(SECOND, NOW.minus(HOUR.multipliedBy(2)));

    List<StorageKey> taken =
        removals.take(NOW.minus(HOUR), HELD_UNTIL.plusSeconds(1), HELD_UNTIL.plus(HOUR), 1);

    assertThat(taken).containsExactly(SECOND);
  }

  @Test
  void forgets_a_removal_so_no_sweep_takes_it() {
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(2)));

    boolean forgotten = removals.forget(FIRST);

    assertThat(forgotten).isTrue();
    assertThat(removals.take(NOW, NOW, HELD_UNTIL, 10)).isEmpty();
  }

  @Test
  void reports_a_removal_forgotten_already() {
    removals.noteUpload(FIRST, NOW.minus(HOUR.multipliedBy(2)));
    removals.forget(FIRST);

    boolean forgotten = removals.forget(FIRST);

    assertThat(forgotten).isFalse();
  }

  @Test
  void never_gives_one_removal_to_two_sweeps_taking_at_the_same_time() throws Exception {
    List<StorageKey> noted = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StorageKey key = new StorageKey("cv/alice/cv-" + i + ".pdf");
      removals.noteUpload(key, NOW.minus(HOUR.multipliedBy(2)).plusSeconds(i));
      noted.add(key);
    }
    CyclicBarrier start = new CyclicBarrier(2);

    Future<List<StorageKey>> a = threads.submit(() -> takeAfter(start));
    Future<List<StorageKey>> b = threads.submit(() -> takeAfter(start));

    List<StorageKey> both = new ArrayList<>(a.get(30, TimeUnit.SECONDS));
    both.addAll(b.get(30, TimeUnit.SECONDS));
    assertThat(both).doesNotHaveDuplicates().isSubsetOf(noted);
  }

  private List<StorageKey> takeAfter(CyclicBarrier start) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    return removals.take(NOW.minus(HOUR), NOW, HELD_UNTIL, 25);
  }
}
