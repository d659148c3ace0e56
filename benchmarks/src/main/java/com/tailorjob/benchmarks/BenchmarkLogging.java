package com.tailorjob.benchmarks;

import com.tailorjob.adapters.logging.LoggingSettings;
import com.tailorjob.adapters.logging.TailorJobLogging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The service's logging set-up as production runs it, except that text lines go to a file:
 * a terminal would measure itself, not the adapter.
 */
final class BenchmarkLogging implements AutoCloseable {

  private final Path folder;
  private final TailorJobLogging logging;

  private BenchmarkLogging(Path folder, TailorJobLogging logging) {
    this.folder = folder;
    this.logging = logging;
  }

  static BenchmarkLogging start() {
    try {
      Path folder = Files.createTempDirectory("tailorjob-bench");
      LoggingSettings settings = new LoggingSettings(folder.resolve("tailorjob.json"), false,
          Optional.of(folder.resolve("tailorjob.log")), LoggingSettings.API_JOB, "bench", false,
          "INFO", LoggingSettings.DEFAULT_RING_BUFFER_SIZE);
      return new BenchmarkLogging(folder, TailorJobLogging.start(settings));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TailorJobLogging logging() {
    return logging;
  }

  @Override
  public void close() {
    logging.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(BenchmarkLogging::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
