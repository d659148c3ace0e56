package com.tailorjob.application.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.DuplicateCvException;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.StoredFileSweptException;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.InMemoryPendingFileRemovals;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.io.InputStream;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UploadCvTest {

  private static final UserId ALICE = new UserId("alice");
  private static final RequestId REQUEST = new RequestId("req-upload");

  private static final CvId WINNER = new CvId("cv-winner");

  private final InMemoryCvRepository cvs = new InMemoryCvRepository();
  private final InMemoryObjectStorage storage = new InMemoryObjectStorage();
  private final InMemoryPendingFileRemovals removals = cvs.pendingFileRemovals();
  private final SequentialIds ids = new SequentialIds();
  private final RecordingObservability events = new RecordingObservability();
  private final MutableClock clock = MutableClock.atSomeMoment();
  private final UploadCv uploadCv = new UploadCv(cvs, storage, removals, ids, events, clock,
      new UploadLimits(64 * 1024));

  @Test
  void stores_and_records_a_pdf_with_its_parse_queued() {
    UploadedCv result = uploadCv.upload(command("resume.pdf", SampleFiles.pdf("a")));

    assertThat(result.duplicate()).isFalse();
    assertThat(result.cv().format()).isEqualTo(CvFormat.PDF);
    assertThat(result.cv().status()).isEqualTo(CvStatus.UPLOADED);
    assertThat(storage.keys()).containsExactly(result.cv().storageKey());
    assertThat(cvs.queuedParses()).singleElement()
        .satisfies(parse -> assertThat(parse.requestId()).isEqualTo(REQUEST));
  }

  @Test
  void emits_the_upload_events_in_order() {
    uploadCv.upload(command("resume.pdf", SampleFiles.pdf("a")));

    assertThat(events.names()).containsExactly(
        "cv.upload.started", "cv.upload.validation_passed", "cv.upload.storing",
        "cv.upload.stored", "cv.upload.recorded", "cv.upload.succeeded");
  }

  @Test
  void recognises_a_docx_by_its_content_whatever_its_name() {
    UploadedCv result = uploadCv.upload(command("cv.pdf", SampleFiles.docx("a")));

    assertThat(result.cv().format()).isEqualTo(CvFormat.DOCX);
    assertThat(result.cv().storageKey().value()).endsWith(".docx");
  }

  @Test
  void returns_the_existing_cv_for_the_same_bytes() {
    UploadedCv first = uploadCv.upload(command("resume.pdf", SampleFiles.pdf("same")));

    UploadedCv second = uploadCv.upload(command("renamed.pdf", SampleFiles.pdf("same")));

    assertThat(second.duplicate()).isTrue();
    assertThat(second.cv().id()).isEqualTo(first.cv().id());
    assertThat(cvs.all()).hasSize(1);
    assertThat(events.names()).last().isEqualTo("cv.upload.duplicate");
  }

  @Test
  void rejects_a_text_file_renamed_to_pdf() {
    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.text("hello"))))
        .isInstanceOfSatisfying(CvRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRejection.UNSUPPORTED_TYPE));
  }

  @Test
  void rejects_a_zip_that_is_not_a_word_document() {
    assertThatThrownBy(() -> uploadCv.upload(command("cv.docx", SampleFiles.plainZip())))
        .isInstanceOfSatisfying(CvRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRejection.UNSUPPORTED_TYPE));
  }

  @Test
  void rejects_a_truncated_pdf_as_malformed() {
    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.truncatedPdf())))
        .isInstanceOfSatisfying(CvRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRejection.MALFORMED_FILE));
  }

  @Test
  void rejects_an_empty_file() {
    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", new byte[0])))
        .isInstanceOfSatisfying(CvRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRejection.EMPTY_FILE));
  }

  @Test
  void rejects_a_file_over_the_limit_without_storing_anything() {
    byte[] big = new byte[64 * 1024 + 1];
    System.arraycopy(SampleFiles.pdf("x"), 0, big, 0, 10);

    assertThatThrownBy(() -> uploadCv.upload(command("big.pdf", big)))
        .isInstanceOfSatisfying(CvRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRejection.TOO_LARGE));
    assertThat(storage.keys()).isEmpty();
  }

  @Test
  void reports_a_rejection_as_the_outcome_with_its_reason() {
    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.text("no"))));

    assertThat(events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(UploadRejection.UNSUPPORTED_TYPE));
    assertThat(events.names()).containsExactly("cv.upload.started", "cv.upload.rejected");
  }

  @Test
  void refuses_an_upload_its_adapter_could_not_read_with_the_given_reason() {
    UploadCv.Refusal refusal = new UploadCv.Refusal(
        ALICE, Optional.empty(), OptionalLong.of(50_000_000), UploadRejection.TOO_LARGE);

    assertThatThrownBy(() -> uploadCv.refuse(refusal))
        .isInstanceOfSatisfying(CvRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRejection.TOO_LARGE));
  }

  @Test
  void reports_a_refused_upload_as_started_and_rejected_with_its_declared_size() {
    UploadCv.Refusal refusal = new UploadCv.Refusal(
        ALICE, Optional.empty(), OptionalLong.of(50_000_000), UploadRejection.TOO_LARGE);

    assertThatThrownBy(() -> uploadCv.refuse(refusal));

    assertThat(events.names()).containsExactly("cv.upload.started", "cv.upload.rejected");
    assertThat(events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> {
          assertThat(e.user()).isEqualTo(ALICE);
          assertThat(e.filename().value()).isEqualTo("unnamed");
          assertThat(e.sizeBytes()).hasValue(50_000_000);
        });
  }

  @Test
  void names_a_refused_upload_by_its_cleaned_filename_when_known() {
    UploadCv.Refusal refusal = new UploadCv.Refusal(ALICE, Optional.of("../../cv.pdf"),
        OptionalLong.empty(), UploadRejection.MALFORMED_REQUEST);

    assertThatThrownBy(() -> uploadCv.refuse(refusal));

    assertThat(events.eventsOf(CvEvent.UploadStarted.class)).singleElement()
        .satisfies(e -> assertThat(e.filename().value()).isEqualTo("cv.pdf"));
  }

  @Test
  void leaves_no_record_when_storage_fails() {
    storage.failNextPut();

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());
    assertThat(cvs.all()).isEmpty();
    assertThat(storage.keys()).isEmpty();
  }

  @Test
  void removes_the_stored_file_when_the_record_cannot_be_written() {
    cvs.failNextAdd(() -> new IllegalStateException("database down"));

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOf(OperationFailedException.class);
    assertThat(storage.keys()).isEmpty();
    assertThat(cvs.all()).isEmpty();
  }

  @Test
  void leaves_the_file_pending_removal_when_the_record_and_its_compensation_both_fail() {
    cvs.failNextAdd(() -> new IllegalStateException("database down"));
    storage.failDeletes(true);

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOf(OperationFailedException.class);

    assertThat(storage.keys()).containsExactly(new StorageKey("cv/alice/cv-1.pdf"));
    assertThat(removals.keys()).containsExactly(new StorageKey("cv/alice/cv-1.pdf"));
  }

  @Test
  void forgets_the_pending_removal_once_its_compensation_removed_the_file() {
    cvs.failNextAdd(() -> new IllegalStateException("database down"));

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))));

    assertThat(removals.keys()).isEmpty();
  }

  @Test
  void cancels_the_pending_removal_of_the_file_of_a_recorded_cv() {
    uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a")));

    assertThat(removals.keys()).isEmpty();
  }

  @Test
  void stores_nothing_when_the_files_removal_cannot_be_noted_first() {
    removals.failNotes(UploadCvTest::databaseOutage);

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());

    assertThat(storage.keys()).isEmpty();
    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).singleElement()
        .satisfies(e -> assertThat(e.stage()).isEqualTo(CvEvent.UploadStage.STORING));
  }

  @Test
  void fails_an_upload_whose_file_a_sweep_took_before_the_record_and_records_nothing() {
    UploadCv slowUpload = new UploadCv(cvs, new SweptWhileStoring(), removals, ids, events,
        clock, new UploadLimits(64 * 1024));

    assertThatThrownBy(() -> slowUpload.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOf(OperationFailedException.class);

    assertThat(cvs.all()).isEmpty();
    assertThat(storage.keys()).isEmpty();
    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).isInstanceOf(StoredFileSweptException.class));
  }

  @Test
  void reports_a_failure_once_with_its_stage_and_cause() {
    cvs.failNextAdd(() -> new IllegalStateException("database down"));

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))));

    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).singleElement().satisfies(e -> {
      assertThat(e.stage()).isEqualTo(CvEvent.UploadStage.RECORDING);
      assertThat(e.cause()).hasMessage("database down");
    });
  }

  @Test
  void names_the_cv_id_in_a_failure_once_the_upload_has_one() {
    storage.failNextPut();

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))));

    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).singleElement()
        .satisfies(e -> assertThat(e.cv()).contains(new CvId("cv-1")));
  }

  @Test
  void names_no_cv_id_in_a_failure_before_the_upload_has_one() {
    cvs.failReads(UploadCvTest::databaseOutage);

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))));

    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).singleElement()
        .satisfies(e -> assertThat(e.cv()).isEmpty());
  }

  @Test
  void reports_a_failed_duplicate_check_as_the_uploads_one_failure() {
    cvs.failReads(UploadCvTest::databaseOutage);

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).containsExactly(
        "cv.upload.started", "cv.upload.validation_passed", "cv.upload.failed");
    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).singleElement()
        .satisfies(e -> assertThat(e.stage()).isEqualTo(CvEvent.UploadStage.DEDUPLICATING));
  }

  @Test
  void calls_a_database_outage_during_the_duplicate_check_transient() {
    cvs.failReads(UploadCvTest::databaseOutage);

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());
  }

  @Test
  void reports_an_id_that_cannot_be_made_as_the_uploads_one_failure() {
    ids.failNextCvId(() -> new IllegalStateException("no entropy"));

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).containsExactly(
        "cv.upload.started", "cv.upload.validation_passed", "cv.upload.failed");
    assertThat(storage.keys()).isEmpty();
  }

  @Test
  void answers_an_upload_that_lost_a_race_with_the_winning_cv() {
    cvs.loseNextAddTo(WINNER);

    UploadedCv result = uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a")));

    assertThat(result.duplicate()).isTrue();
    assertThat(result.cv().id()).isEqualTo(WINNER);
    assertThat(cvs.all()).singleElement().satisfies(cv -> assertThat(cv.id()).isEqualTo(WINNER));
    assertThat(storage.keys()).isEmpty();
  }

  @Test
  void reports_a_lost_race_as_one_duplicate_outcome() {
    cvs.loseNextAddTo(WINNER);

    uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a")));

    assertThat(events.names()).containsExactly("cv.upload.started",
        "cv.upload.validation_passed", "cv.upload.storing", "cv.upload.stored",
        "cv.upload.duplicate");
    assertThat(events.eventsOf(CvEvent.DuplicateDetected.class)).singleElement()
        .satisfies(e -> assertThat(e.existing()).isEqualTo(WINNER));
  }

  @Test
  void reports_a_lost_race_whose_winner_cannot_be_read_as_one_failure() {
    cvs.loseNextAddTo(WINNER);
    cvs.failReadsAfter(1, UploadCvTest::databaseOutage);

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());

    assertThat(events.names()).last().isEqualTo("cv.upload.failed");
    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).singleElement()
        .satisfies(e -> assertThat(e.stage()).isEqualTo(CvEvent.UploadStage.RECORDING));
    assertThat(storage.keys()).isEmpty();
  }

  @Test
  void reports_a_lost_race_whose_winner_is_gone_again_as_a_failure_worth_retrying() {
    cvs.failNextAdd(() -> new DuplicateCvException(new ContentHash("0".repeat(64)), null));

    assertThatThrownBy(() -> uploadCv.upload(command("cv.pdf", SampleFiles.pdf("a"))))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());

    assertThat(events.names()).last().isEqualTo("cv.upload.failed");
    assertThat(events.eventsOf(CvEvent.UploadFailed.class)).hasSize(1);
    assertThat(storage.keys()).isEmpty();
  }

  @Test
  void names_the_object_after_ids_never_after_the_filename() {
    UploadedCv result = uploadCv.upload(command("../../etc/passwd.pdf", SampleFiles.pdf("a")));

    assertThat(result.cv().storageKey().value()).isEqualTo("cv/alice/cv-1.pdf");
    assertThat(result.cv().filename().value()).isEqualTo("passwd.pdf");
  }

  /**
   * Storage that takes so long that the sweep's grace period passes while it stores: a sweep
   * takes the upload's pending removal before the record can cancel it.
   */
  private final class SweptWhileStoring implements ObjectStorage {

    @Override
    public void put(StorageKey key, ByteSource content, ObjectMetadata metadata) {
      storage.put(key, content, metadata);
      clock.advance(Duration.ofHours(2));
      removals.take(clock.instant().minus(Duration.ofHours(1)), clock.instant(),
          clock.instant().plus(Duration.ofMinutes(15)), 10);
    }

    @Override
    public InputStream open(StorageKey key) {
      return storage.open(key);
    }

    @Override
    public boolean exists(StorageKey key) {
      return storage.exists(key);
    }

    @Override
    public void delete(StorageKey key) {
      storage.delete(key);
    }
  }

  private static RuntimeException databaseOutage() {
    return new IllegalStateException("statement failed",
        new SQLTransientConnectionException("connection is not available"));
  }

  private static UploadCv.Command command(String filename, byte[] bytes) {
    return new UploadCv.Command(ALICE, filename, ByteSource.ofBytes(bytes), REQUEST);
  }
}
