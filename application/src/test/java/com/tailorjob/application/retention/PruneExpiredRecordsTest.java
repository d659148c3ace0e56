package com.tailorjob.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.cv.DeleteCv;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ExpiredRecords;
import com.tailorjob.application.port.out.ObjectStorage.ObjectMetadata;
import com.tailorjob.application.port.out.StorageUnavailableException;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.InMemoryPendingFileRemovals;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.event.RetentionEvent;
import com.tailorjob.domain.retention.PrunedRecords;
import com.tailorjob.domain.retention.RetentionPolicy;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PruneExpiredRecordsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final RetentionPolicy POLICY =
      new RetentionPolicy(Duration.ofMinutes(15), Duration.ofDays(7));
  private static final UserId ALICE = new UserId("alice");
  private static final StorageKey ORPHAN = new StorageKey("cv/alice/cv-orphan.pdf");
  private static final Duration PAST_THE_GRACE = Duration.ofMinutes(61);

  private final RecordingRecords records = new RecordingRecords();
  private final InMemoryCvRepository cvs = new InMemoryCvRepository();
  private final InMemoryPendingFileRemovals removals = cvs.pendingFileRemovals();
  private final InMemoryObjectStorage storage = new InMemoryObjectStorage();
  private final RecordingObservability events = new RecordingObservability();
  private final MutableClock clock = new MutableClock(NOW);
  private final PruneExpiredRecords prune =
      new PruneExpiredRecords(records, removals, storage, POLICY, events, clock);

  @Test
  void deletes_each_kind_of_record_up_to_its_own_cutoff() {
    prune.prune();

    assertThat(records.cutoffs).containsExactly(
        Map.entry("sessions", NOW),
        Map.entry("login_failures", NOW.minus(Duration.ofMinutes(15))),
        Map.entry("match_results", NOW),
        Map.entry("parse_jobs", NOW.minus(Duration.ofDays(7))));
  }

  @Test
  void reports_how_many_records_of_each_kind_it_removed() {
    PrunedRecords pruned = prune.prune();

    assertThat(pruned).isEqualTo(new PrunedRecords(1, 2, 3, 4, 0));
    assertThat(events.eventsOf(RetentionEvent.RecordsPruned.class))
        .extracting(RetentionEvent.RecordsPruned::pruned)
        .containsExactly(pruned);
  }

  @Test
  void emits_a_start_and_one_outcome() {
    prune.prune();

    assertThat(events.names())
        .containsExactly("retention.prune.started", "retention.prune.succeeded");
  }

  @Test
  void reports_a_database_failure_and_passes_it_on() {
    IllegalStateException down = new IllegalStateException("database unavailable");
    records.failure = down;

    assertThatThrownBy(prune::prune).isSameAs(down);
    assertThat(events.eventsOf(RetentionEvent.PruneFailed.class))
        .extracting(RetentionEvent.PruneFailed::cause)
        .containsExactly(down);
  }

  @Test
  void sweeps_the_file_of_an_upload_that_died_after_storing_once_the_grace_has_passed() {
    storedButNeverRecorded(ORPHAN);
    clock.advance(PAST_THE_GRACE);

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).isEmpty();
    assertThat(removals.keys()).isEmpty();
    assertThat(pruned.orphanedFiles()).isEqualTo(1);
  }

  @Test
  void keeps_the_file_of_an_upload_still_within_the_grace() {
    storedButNeverRecorded(ORPHAN);
    clock.advance(Duration.ofMinutes(59));

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).containsExactly(ORPHAN);
    assertThat(removals.keys()).containsExactly(ORPHAN);
    assertThat(pruned.orphanedFiles()).isZero();
  }

  @Test
  void sweeps_the_file_an_upload_left_when_its_compensation_failed() {
    cvs.failNextAdd(() -> new IllegalStateException("database down"));
    storage.failDeletes(true);
    assertThatThrownBy(() -> upload("compensation fails"));
    storage.failDeletes(false);
    clock.advance(PAST_THE_GRACE);

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).isEmpty();
    assertThat(pruned.orphanedFiles()).isEqualTo(1);
  }

  @Test
  void sweeps_the_file_of_a_cv_deleted_while_storage_was_down_on_the_next_run() {
    Cv cv = upload("deleted while storage is down");
    storage.failDeletes(true);
    new DeleteCv(cvs, storage, removals, new RecordingObservability(), clock)
        .delete(ALICE, cv.id());
    storage.failDeletes(false);
    clock.advance(Duration.ofMinutes(1));

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).isEmpty();
    assertThat(removals.keys()).isEmpty();
    assertThat(pruned.orphanedFiles()).isEqualTo(1);
  }

  @Test
  void never_sweeps_the_file_of_a_recorded_cv() {
    Cv cv = upload("recorded");
    clock.advance(Duration.ofDays(30));

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).containsExactly(cv.storageKey());
    assertThat(pruned.orphanedFiles()).isZero();
  }

  @Test
  void forgets_a_removal_whose_file_is_already_gone() {
    removals.noteUpload(ORPHAN, clock.instant());
    clock.advance(PAST_THE_GRACE);

    PrunedRecords pruned = prune.prune();

    assertThat(removals.keys()).isEmpty();
    assertThat(pruned.orphanedFiles()).isEqualTo(1);
  }

  @Test
  void sweeps_every_due_file_batch_after_batch() {
    int files = PruneExpiredRecords.SWEEP_BATCH * 2 + 1;
    for (int i = 0; i < files; i++) {
      storedButNeverRecorded(new StorageKey("cv/alice/cv-" + i + ".pdf"));
    }
    clock.advance(PAST_THE_GRACE);

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).isEmpty();
    assertThat(pruned.orphanedFiles()).isEqualTo(files);
  }

  @Test
  void passes_by_a_file_that_a_sweep_on_another_node_holds() {
    storedButNeverRecorded(ORPHAN);
    clock.advance(PAST_THE_GRACE);
    removals.take(clock.instant(), clock.instant(), clock.instant().plusSeconds(600), 10);

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).containsExactly(ORPHAN);
    assertThat(pruned.orphanedFiles()).isZero();
  }

  @Test
  void reports_a_storage_failure_of_the_sweep_as_the_prunings_failure() {
    storedButNeverRecorded(ORPHAN);
    clock.advance(PAST_THE_GRACE);
    storage.failDeletes(true);

    assertThatThrownBy(prune::prune).isInstanceOf(StorageUnavailableException.class);

    assertThat(events.names())
        .containsExactly("retention.prune.started", "retention.prune.failed");
    assertThat(records.cutoffs).hasSize(4);
  }

  @Test
  void leaves_a_file_storage_failed_to_delete_for_a_later_run() {
    storedButNeverRecorded(ORPHAN);
    clock.advance(PAST_THE_GRACE);
    storage.failDeletes(true);
    assertThatThrownBy(prune::prune);
    storage.failDeletes(false);
    clock.advance(Duration.ofHours(1));

    PrunedRecords pruned = prune.prune();

    assertThat(storage.keys()).isEmpty();
    assertThat(pruned.orphanedFiles()).isEqualTo(1);
  }

  /** What an upload whose process died between storing and recording leaves behind. */
  private void storedButNeverRecorded(StorageKey key) {
    removals.noteUpload(key, clock.instant());
    byte[] bytes = SampleFiles.pdf(key.value());
    storage.put(key, ByteSource.ofBytes(bytes),
        new ObjectMetadata(bytes.length, new ContentHash("0".repeat(64)), "application/pdf"));
  }

  private Cv upload(String marker) {
    UploadCv upload = new UploadCv(cvs, storage, removals, new SequentialIds(),
        new RecordingObservability(), clock, UploadLimits.standard());
    ByteSource pdf = ByteSource.ofBytes(SampleFiles.pdf(marker));
    return upload.upload(new UploadCv.Command(ALICE, "cv.pdf", pdf, new RequestId("r"))).cv();
  }

  /** Remembers the cutoff of each deletion and answers with fixed counts. */
  private static final class RecordingRecords implements ExpiredRecords {

    private final Map<String, Instant> cutoffs = new LinkedHashMap<>();
    private RuntimeException failure;

    @Override
    public int deleteSessionsEndedBefore(Instant instant) {
      return delete("sessions", instant, 1);
    }

    @Override
    public int deleteLoginFailuresBefore(Instant instant) {
      return delete("login_failures", instant, 2);
    }

    @Override
    public int deleteMatchResultsExpiredBy(Instant instant) {
      return delete("match_results", instant, 3);
    }

    @Override
    public int deleteParseJobsFinishedBefore(Instant instant) {
      return delete("parse_jobs", instant, 4);
    }

    private int delete(String kind, Instant cutoff, int count) {
      if (failure != null) {
        throw failure;
      }
      cutoffs.put(kind, cutoff);
      return count;
    }
  }
}
