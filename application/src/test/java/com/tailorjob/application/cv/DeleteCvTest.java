package com.tailorjob.application.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class DeleteCvTest {

  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");

  private final InMemoryCvRepository cvs = new InMemoryCvRepository();
  private final InMemoryObjectStorage storage = new InMemoryObjectStorage();
  private final RecordingObservability events = new RecordingObservability();
  private final Clock clock = MutableClock.atSomeMoment();
  private final DeleteCv deleteCv = new DeleteCv(cvs, storage, events, clock);

  @Test
  void removes_the_record_and_the_file() {
    Cv cv = uploaded();

    deleteCv.delete(ALICE, cv.id());

    assertThat(cvs.all()).isEmpty();
    assertThat(storage.keys()).isEmpty();
    assertThat(events.names()).containsExactly("cv.delete.started", "cv.delete.succeeded");
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
  void reports_a_storage_failure_after_the_record_is_gone() {
    Cv cv = uploaded();
    storage.failDeletes(true);

    assertThatThrownBy(() -> deleteCv.delete(ALICE, cv.id()))
        .isInstanceOf(OperationFailedException.class);
    assertThat(cvs.all()).isEmpty();
    assertThat(events.names()).last().isEqualTo("cv.delete.failed");
  }

  @Test
  void calls_a_database_outage_transient_so_the_caller_may_try_again() {
    Cv cv = uploaded();
    cvs.failReads(() -> new IllegalStateException("statement failed",
        new SQLTransientConnectionException("connection is not available")));

    assertThatThrownBy(() -> deleteCv.delete(ALICE, cv.id()))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());
  }

  private Cv uploaded() {
    UploadCv upload = new UploadCv(cvs, storage, cvs.pendingFileRemovals(), new SequentialIds(),
        new RecordingObservability(), clock, UploadLimits.standard());
    ByteSource pdf = ByteSource.ofBytes(SampleFiles.pdf("delete-me"));
    return upload.upload(new UploadCv.Command(ALICE, "cv.pdf", pdf, new RequestId("r"))).cv();
  }
}
