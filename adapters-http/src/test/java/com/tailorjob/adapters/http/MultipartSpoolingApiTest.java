package com.tailorjob.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.domain.event.CvEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartSpoolingApiTest {

  @TempDir Path tempDir;

  private final List<Long> filesSeenDuringUpload = new CopyOnWriteArrayList<>();
  private RunningApi api;
  private String token;

  @BeforeEach
  void start() {
    api = RunningApi.start(RunningApi.Options.standard(tempDir)
        .withObservability(events -> event -> {
          if (event instanceof CvEvent.UploadStarted) {
            filesSeenDuringUpload.add(countFiles(tempDir));
          }
          events.emit(event);
        }));
    token = api.tokenFor("ada@example.com");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void spools_a_large_part_to_the_temp_dir_while_the_request_runs() {
    api.client.uploadFile(token, "big.pdf", SampleFiles.pdf("x".repeat(300_000)));

    assertThat(filesSeenDuringUpload).containsExactly(1L);
  }

  @Test
  void leaves_no_spooled_part_behind_after_the_request() {
    api.client.uploadFile(token, "big.pdf", SampleFiles.pdf("x".repeat(300_000)));

    assertThat(countFiles(tempDir)).isZero();
  }

  private static long countFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
