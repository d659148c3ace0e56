package com.tailorjob.adapters.logging;

import com.tailorjob.application.port.out.Observability;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A service in miniature, run in its own JVM: starts logging, emits events as fast as it can,
 * closes logging and exits. Arguments: JSON file, event count, {@code info} or {@code warn},
 * ring buffer size.
 */
public final class EmitThenClose {

  private EmitThenClose() {}

  public static void main(String[] args) {
    Path jsonFile = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    boolean warnings = args[2].equals("warn");
    int ringBufferSize = Integer.parseInt(args[3]);
    LoggingSettings settings = new LoggingSettings(jsonFile, false, Optional.empty(),
        LoggingSettings.WORKER_JOB, "test", false, "INFO", ringBufferSize);

    try (TailorJobLogging logging = TailorJobLogging.start(settings)) {
      Observability observability = logging.observability();
      for (int i = 0; i < count; i++) {
        observability.emit(event(i, warnings));
      }
    }
  }

  private static DomainEvent event(int i, boolean warning) {
    UserId user = new UserId("user" + i);
    Filename filename = new Filename("cv-" + i + ".pdf");
    if (warning) {
      return new CvEvent.ValidationRejected(user, filename,
          UploadRejection.TOO_LARGE, i, Duration.ofMillis(i));
    }
    return new CvEvent.UploadStarted(user, filename, i);
  }
}
