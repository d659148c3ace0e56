package com.tailorjob.adapters.logging;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the service logs: where JSON lines go, whether text lines go to standard output or a
 * file, the Loki labels {@code job} and {@code env}, file-name privacy, the root level and the
 * size of the async ring buffer.
 *
 * @param jsonFile where JSON lines are written, rolled over at 100 MB
 * @param textToStdout whether human text lines go to standard output
 * @param textFile where human text lines are also written, if anywhere
 * @param job the Loki {@code job} label, {@code tailorjob-api} or {@code tailorjob-worker}
 * @param env the Loki {@code env} label, such as {@code local} or {@code prod}
 * @param hashFilenames whether file names are logged as {@code sha256:} plus 12 hex digits
 * @param rootLevel the least severe level logged, such as {@code INFO}
 * @param ringBufferSize slots of the async ring buffer; log4j rounds it up to a power of two
 */
public record LoggingSettings(
    Path jsonFile, boolean textToStdout, Optional<Path> textFile, String job, String env,
    boolean hashFilenames, String rootLevel, int ringBufferSize) {

  public static final Path DEFAULT_JSON_FILE = Path.of("logs", "tailorjob.json");
  public static final String API_JOB = "tailorjob-api";
  public static final String WORKER_JOB = "tailorjob-worker";

  /**
   * 256 Ki slots, log4j's classic default: some 50 MB of heap held by the buffer, and seconds of
   * headroom at tens of thousands of events per second before the queue-full policy applies.
   */
  public static final int DEFAULT_RING_BUFFER_SIZE = 262_144;

  private static final int MIN_RING_BUFFER_SIZE = 128;
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Set<String> LEVELS =
      Set.of("OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");

  public LoggingSettings {
    Objects.requireNonNull(jsonFile, "jsonFile");
    Objects.requireNonNull(textFile, "textFile");
    Objects.requireNonNull(rootLevel, "rootLevel");
    requireLabel("job", job);
    requireLabel("env", env);
    requireNoLookup("jsonFile", jsonFile);
    textFile.ifPresent(file -> requireNoLookup("textFile", file));
    rootLevel = rootLevel.toUpperCase(Locale.ROOT);
    if (!LEVELS.contains(rootLevel)) {
      throw new IllegalArgumentException("logging rootLevel must be one of " + LEVELS);
    }
    if (ringBufferSize < MIN_RING_BUFFER_SIZE) {
      throw new IllegalArgumentException(
          "logging ringBufferSize must be at least " + MIN_RING_BUFFER_SIZE);
    }
  }

  /** JSON to {@code ./logs/tailorjob.json}, text to standard output, names as given, INFO. */
  public static LoggingSettings defaults() {
    return new LoggingSettings(DEFAULT_JSON_FILE, true, Optional.empty(), API_JOB, "local",
        false, "INFO", DEFAULT_RING_BUFFER_SIZE);
  }

  public FilenamePolicy filenamePolicy() {
    return hashFilenames ? FilenamePolicy.HASHED : FilenamePolicy.AS_GIVEN;
  }

  private static void requireLabel(String setting, String value) {
    if (value == null || !LABEL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "logging " + setting + " must be 1-64 letters, digits, '.', '_' or '-'");
    }
  }

  /** Paths reach log4j's configuration, where {@code ${...}} would be read as a lookup. */
  private static void requireNoLookup(String setting, Path path) {
    if (path.toString().contains("${")) {
      throw new IllegalArgumentException("logging " + setting + " must not contain '${'");
    }
  }
}
