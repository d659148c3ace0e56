package com.tailorjob.benchmarks;

import com.tailorjob.application.port.out.Observability;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The adapter emitting one event against log4j2 logging the same line, already rendered, on
 * the same logger through the same async file configuration: what rendering events costs.
 * Raw log4j2 is measured twice: with the line alone, a plain string whose JSON line lacks the
 * typed fields, and with a map message of the same fields, whose text and JSON lines are
 * identical to the adapter's.
 *
 * <p>At {@code INFO} a full ring buffer discards events, so the score is how fast the caller
 * can hand events over, most of them then dropped. At {@code WARN} nothing is dropped and the
 * caller waits for a free slot, so the score is the rate at which lines reach the files.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EmitThroughputBenchmark {

  private static final UserId USER = new UserId("abc123");
  private static final Filename FILENAME = new Filename("resume.pdf");

  /** Logging as the service starts it, shared by both benchmarks. */
  @State(Scope.Benchmark)
  public static class Logging {

    @Param({"INFO", "WARN"})
    String level;

    BenchmarkLogging logging;
    Observability adapter;
    Logger raw;
    DomainEvent event;
    org.apache.logging.log4j.Level rawLevel;
    String line;

    @Setup(Level.Trial)
    public void start() {
      logging = BenchmarkLogging.start();
      adapter = logging.logging().observability();
      raw = LogManager.getLogger("tailorjob.cv");
      rawLevel = org.apache.logging.log4j.Level.getLevel(level);
      if (level.equals("INFO")) {
        event = new CvEvent.UploadStarted(USER, FILENAME, 245_760);
        line = "📤 CV upload started: user=abc123, filename=resume.pdf, size=245760b";
      } else {
        event = new CvEvent.ValidationRejected(
            USER, FILENAME, UploadRejection.TOO_LARGE, 245_760, Duration.ofMillis(2_340));
        line = "⚠️ CV validation rejected: user=abc123, filename=resume.pdf, reason=too_large,"
            + " size=245760b, duration=2.34s";
      }
    }

    /** Built per call, as a caller would: the fields of the line, in their JSON types. */
    RenderedLineMessage lineAndFields() {
      RenderedLineMessage message = new RenderedLineMessage(line)
          .with("user", USER.value())
          .with("filename", FILENAME.value())
          .with("size_bytes", 245_760L);
      if (level.equals("INFO")) {
        return message.with("event", "cv.upload.started");
      }
      return message.with("event", "cv.upload.rejected")
          .with("reason", "too_large")
          .with("duration_ms", 2_340L);
    }

    @TearDown(Level.Trial)
    public void stop() {
      logging.close();
    }
  }

  @Benchmark
  public void adapter_emits_one_event(Logging logging) {
    logging.adapter.emit(logging.event);
  }

  @Benchmark
  public void raw_log4j_logs_the_rendered_line(Logging logging) {
    logging.raw.log(logging.rawLevel, logging.line);
  }

  @Benchmark
  public void raw_log4j_logs_the_rendered_line_and_fields(Logging logging) {
    logging.raw.log(logging.rawLevel, logging.lineAndFields());
  }
}
