package com.tailorjob.application.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.InMemoryPendingFileRemovals;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class DeleteCvTest {

  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");

  private final InMemoryCvRepository cvs = new InMemoryCvRepository();
  private final InMemoryPendingFileRemovals removals = cvs.pendingFileRemovals();
  private final InMemoryObjectStorage storage = new InMemoryObjectStorage();
  private final RecordingObservability events = new RecordingObservability();
  private final Clock clock = MutableClock.atSomeMoment();
  private final DeleteCv deleteCv = new DeleteCv(cvs, storage, removals, events, clock);

  @Test
  void removes_the_record_and_the_file() {
    Cv cv = uploaded();

    deleteCv.delete(ALICE, cv.id());

    assertThat(cvs.all()).isEmpty();
    assertThat(storage.keys()).isEmpty();
    assertThat(events.names()).containsExactly("cv.delete.started", "cv.delete.succeeded");
  }

  @Test
  void leaves_no_removal_pending_once_the_file_is_gone() {
    Cv cv = uploaded();

    deleteCv.delete(ALICE, cv.id());

    assertThat(removals.keys()).isEmpty();
  }

  @Test
  void treats_another_users_cv_as_not_found() {
    Cv cv = uploaded();

    assertThatThrownBy(() -> deleteCv.delete(BOB, cv.id()))
        .isInstanceOf(CvNotFoundException.class);
    assertThat(cvs.all()).hasSize(1);
    assertThat(events.names()).containsExactly("cv.delete.started", "cv.delete.rejected");
  }

  @Test
  void succeeds_when_storage_fails_once_the_record_is_gone() {
    Cv cv = uploaded();
    storage.failDeletes(true);

    deleteCv.delete(ALICE, cv.id());

    assertThat(cvs.all()).isEmpty();
    assertThat(events.names()).last().isEqualTo("cv.delete.succeeded");
  }

  @Test
  void leaves_the_file_pending_removal_when_storage_cannot_delete_it() {
    Cv cv = uploaded();
    storage.failDeletes(true);

    deleteCv.delete(ALICE, cv.id());

    assertThat(storage.keys()).containsExactly(cv.storageKey());
    assertThat(removals.keys()).containsExactly(cv.storageKey());
  }

  @Test
  void warns_once_that_the_files_removal_is_deferred_with_the_storage_failure() {
    Cv cv = uploaded();
    storage.failDeletes(true);

    deleteCv.delete(ALICE, cv.id());

    assertThat(events.names()).containsExactly(
        "cv.delete.started", "cv.delete.file_deferred", "cv.delete.succeeded");
    assertThat(events.eventsOf(CvEvent.FileRemovalDeferred.class)).singleElement()
        .satisfies(e -> {
          assertThat(e.path()).isEqualTo(cv.storageKey());
          assertThat(e.cause()).hasMessage("injected delete failure");
        });
  }

  @Test
  void succeeds_when_the_removal_cannot_be_forgotten_after_the_file_is_gone() {
    Cv cv = uploaded();
    removals.failForgets(DeleteCvTest::databaseOutage);

    deleteCv.delete(ALICE, cv.id());

    assertThat(storage.keys()).isEmpty();
    assertThat(events.names()).containsExactly("cv.delete.started", "cv.delete.succeeded");
  }

  @Test
  void keeps_the_cv_and_its_file_when_the_removal_cannot_be_noted() {
    Cv cv = uploaded();
    removals.failNotes(DeleteCvTest::databaseOutage);

    assertThatThrownBy(() -> deleteCv.delete(ALICE, cv.id()))
        .isInstanceOf(OperationFailedException.class);

    assertThat(cvs.all()).containsExactly(cv);
    assertThat(storage.keys()).containsExactly(cv.storageKey());
    assertThat(events.names()).last().isEqualTo("cv.delete.failed");
  }

  @Test
  void calls_a_database_outage_transient_so_the_caller_may_try_again() {
    Cv cv = uploaded();
    cvs.failReads(DeleteCvTest::databaseOutage);

    assertThatThrownBy(() -> deleteCv.delete(ALICE, cv.id()))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());
  }

  private static RuntimeException databaseOutage() {
    return new IllegalStateException("statement failed",
        new SQLTransientConnectionException("connection is not available"));
  }

  private Cv uploaded() {
    UploadCv upload = new UploadCv(cvs, storage, removals, new SequentialIds(),
        new RecordingObservability(), clock, UploadLimits.standard());
    ByteSource pdf = ByteSource.ofBytes(SampleFiles.pdf("delete-me"));
    return upload.upload(new UploadCv.Command(ALICE, "cv.pdf", pdf, new RequestId("r"))).cv();
  }
}
