package com.tailorjob.benchmarks.parsing;

import com.tailorjob.adapters.ai.extraction.CvTextExtractor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

/**
 * What handing one file to the text extractor's threads costs on its own: an empty task
 * submitted to a pool shaped like {@link CvTextExtractor}'s and awaited with a timeout. This is
 * the part of {@code ParsingBenchmark.textExtractorOnly} that bare extraction does not pay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExtractionHandOffBenchmark {

  private static final long TIMEOUT_SECONDS = 30;

  private ExecutorService pool;
  private int value;

  @Setup
  public void setUp() {
    int threads = CvTextExtractor.DEFAULT_CONCURRENCY;
    pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>());
  }

  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public Integer emptyTaskHandOff()
      throws InterruptedException, ExecutionException, TimeoutException {
    return pool.submit(() -> value).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
