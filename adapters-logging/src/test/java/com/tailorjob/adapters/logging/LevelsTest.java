package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.CV;
import static com.tailorjob.adapters.logging.SampleEvents.DURATION;
import static com.tailorjob.adapters.logging.SampleEvents.HASH;
import static com.tailorjob.adapters.logging.SampleEvents.RESUME;
import static com.tailorjob.adapters.logging.SampleEvents.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.CvEvent.UploadStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelsTest {

  @TempDir Path folder;

  @Test
  void a_success_is_info() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadCompleted(CV, USER, DURATION));

    assertThat(log.textLines()).singleElement().asString().contains(" INFO  [");
  }

  @Test
  void a_rejection_is_warn() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.DuplicateDetected(USER, RESUME, HASH, CV, DURATION));

    assertThat(log.textLines()).singleElement().asString().contains(" WARN  [");
  }

  @Test
  void a_failure_is_error_with_its_stack_trace_on_the_same_line() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadFailed(Optional.empty(), USER, RESUME,
        UploadStage.RECORDING, DURATION, new IOException("database gone")));

    assertThat(log.textLines()).singleElement().asString()
        .contains(" ERROR [")
        .contains("❌ CV upload failed: user=abc123, filename=resume.pdf, stage=recording,"
            + " duration=2.34s | java.io.IOException: database gone\\n\tat "
            + "com.tailorjob.adapters.logging.LevelsTest");
  }
}
