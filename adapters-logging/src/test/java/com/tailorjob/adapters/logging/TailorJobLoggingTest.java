package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link EmitThenClose} in a fresh JVM, where log4j starts exactly as in the service. */
class TailorJobLoggingTest {

  private static final int EVENTS = 20_000;

  @TempDir Path folder;

  @Test
  void events_emitted_just_before_close_all_reach_the_json_file() throws Exception {
    Path jsonFile = folder.resolve("logs").resolve("tailorjob.json");

    int exitCode = runEmitThenClose(jsonFile, EVENTS, "info", 262_144);

    assertThat(exitCode).isZero();
    assertThat(Files.readAllLines(jsonFile, StandardCharsets.UTF_8)).hasSize(EVENTS);
  }

  @Test
  void the_service_configuration_writes_worker_lines_with_labels() throws Exception {
    Path jsonFile = folder.resolve("tailorjob.json");

    runEmitThenClose(jsonFile, 1, "info", 262_144);

    JsonNode line = new ObjectMapper().readTree(Files.readAllLines(jsonFile).get(0));
    assertThat(line.get("job").asText()).isEqualTo("tailorjob-worker");
    assertThat(line.get("event").asText()).isEqualTo("cv.upload.started");
    assertThat(line.get("thread").asText()).isEqualTo("main");
  }

  @Test
  void no_warning_is_dropped_when_the_ring_buffer_is_full() throws Exception {
    Path jsonFile = folder.resolve("tailorjob.json");

    runEmitThenClose(jsonFile, EVENTS, "warn", 128);

    List<String> lines = Files.readAllLines(jsonFile, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(EVENTS);
    assertThat(lines.get(EVENTS - 1)).contains("\"user\":\"user" + (EVENTS - 1) + "\"");
  }

  private int runEmitThenClose(Path jsonFile, int count, String level, int ringBufferSize)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(),
        "-cp", System.getProperty("java.class.path"),
        EmitThenClose.class.getName(),
        jsonFile.toString(), Integer.toString(count), level, Integer.toString(ringBufferSize))
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("child-output.txt").toFile())
        .start();
    // A generous bound only so that a hung child fails the test instead of the build.
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not finish");
    }
    return process.exitValue();
  }
}
