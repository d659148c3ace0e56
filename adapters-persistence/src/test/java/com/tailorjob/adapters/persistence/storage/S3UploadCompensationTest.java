package com.tailorjob.adapters.persistence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The upload use case on real S3 storage: a failed record leaves no orphaned object. */
class S3UploadCompensationTest {

  private static S3ProxyServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void removes_the_stored_object_when_the_cv_record_cannot_be_written() {
    String bucket = server.createBucket();
    InMemoryCvRepository cvs = new InMemoryCvRepository();
    cvs.failNextAdd(() -> new IllegalStateException("injected database failure"));
    RecordingObservability observability = new RecordingObservability();
    UploadCv.Command command = new UploadCv.Command(new UserId("user-1"), "resume.pdf",
        ByteSource.ofBytes(SampleFiles.pdf("compensation")), new RequestId("req-1"));

    try (S3ObjectStorage storage = new S3ObjectStorage(server.settingsFor(bucket))) {
      UploadCv upload = new UploadCv(cvs, storage, cvs.pendingFileRemovals(),
          new SequentialIds(), observability, MutableClock.atSomeMoment(),
          UploadLimits.standard());
      assertThatThrownBy(() -> upload.upload(command))
          .isInstanceOf(OperationFailedException.class);
    }

    assertThat(observability.eventsOf(CvEvent.StoredInStorage.class))
        .as("the object reached the bucket before the record failed")
        .hasSize(1);
    assertThat(server.admin().listObjectsV2(request -> request.bucket(bucket)).contents())
        .isEmpty();
    assertThat(cvs.all()).isEmpty();
  }
}
