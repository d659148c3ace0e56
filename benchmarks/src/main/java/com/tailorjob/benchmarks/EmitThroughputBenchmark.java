package com.tailorjob.benchmarks;

import com.tailorjob.adapters.logging.FilenamePolicy;
import com.tailorjob.adapters.logging.Log4jObservability;
import com.tailorjob.adapters.logging.TailorJobLogging;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.benchmarks.sidebyside.PairedTimings;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.user.UserId;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one event costs the logging pipeline: the adapter against raw log4j2 writing the same
 * lines, side by side. Both log through a synchronous context of the service's configuration,
 * so the caller does the rendering and file writing that log4j's background thread does in
 * service; the inverse of that cost is the rate at which events can become lines.
 *
 * <p>Raw log4j2 comes twice: with a map message of the line and its typed fields, whose text and
 * JSON lines are identical to the adapter's, and with the line alone, a plain string whose JSON
 * line lacks the fields. Each call times a batch of events from each side in turn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmitThroughputBenchmark {

  private static final int BATCH = 100;
  private static final UserId USER = new UserId("abc123");
  private static final Filename FILENAME = new Filename("resume.pdf");
  private static final String LINE =
      "📤 CV upload started: user=abc123, filename=resume.pdf, size=245760b";

  /** The service's logging configuration in a synchronous context of its own. */
  @State(Scope.Benchmark)
  public static class Pipeline {

    private final DomainEvent event = new CvEvent.UploadStarted(USER, FILENAME, 245_760);
    private BenchmarkLogging logging;
    private LoggerContext synchronous;
    private Observability adapter;
    private Logger raw;

    @Setup
    public void start() throws IOException {
      // Sets the properties the configuration reads: file locations, job, level.
      logging = BenchmarkLogging.start();
      synchronous = new LoggerContext("synchronous");
      synchronous.start(new XmlConfiguration(synchronous, ConfigurationSource.fromResource(
          TailorJobLogging.CONFIGURATION, getClass().getClassLoader())));
      adapter = new Log4jObservability(FilenamePolicy.AS_GIVEN, synchronous);
      raw = synchronous.getLogger("tailorjob.cv");
    }

    @TearDown
    public void stop() {
      synchronous.stop();
      logging.close();
    }

    Object adapterBatch() {
      for (int i = 0; i < BATCH; i++) {
        adapter.emit(event);
      }
      return adapter;
    }

    Object rawLineAndFieldsBatch() {
      for (int i = 0; i < BATCH; i++) {
        raw.log(Level.INFO, new RenderedLineMessage(LINE)
            .with("event", "cv.upload.started")
            .with("user", USER.value())
            .with("filename", FILENAME.value())
            .with("size_bytes", 245_760L));
      }
      return raw;
    }

    Object rawLineBatch() {
      for (int i = 0; i < BATCH; i++) {
        raw.log(Level.INFO, LINE);
      }
      return raw;
    }
  }

  @Benchmark
  public void adapterBesideRawLineAndFields(Pipeline pipeline, PairedTimings timings,
      Blackhole sink) throws Exception {
    timings.time(pipeline::adapterBatch, pipeline::rawLineAndFieldsBatch, sink);
  }

  @Benchmark
  public void adapterBesideRawLine(Pipeline pipeline, PairedTimings timings, Blackhole sink)
      throws Exception {
    timings.time(pipeline::adapterBatch, pipeline::rawLineBatch, sink);
  }
}
