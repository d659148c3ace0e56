package com.tailorjob.benchmarks.sidebyside;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Times two pieces of work taken in turns within one benchmark, so that a change of load on a
 * shared machine lands on both sides of the ratio alike. Run one after the other, as separate
 * JMH benchmarks, the same two sides drifted by a third between runs on two busy cores.
 *
 * <p>JMH reports the nanoseconds spent on each side as the secondary results {@code measured}
 * and {@code baseline}, summed over the measurement; at the end of the trial the ratio of each
 * measurement iteration and their mean are printed. Each call of {@link #time} runs both sides,
 * swapping their order every call so neither always runs on caches the other warmed.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairedTimings {

  public long measured;
  public long baseline;

  private long calls;
  private final List<Double> iterationRatios = new ArrayList<>();

  @Setup(Level.Iteration)
  public void startIteration() {
    measured = 0;
    baseline = 0;
  }

  @TearDown(Level.Iteration)
  public void endIteration(IterationParams iteration) {
    if (iteration.getType() == IterationType.MEASUREMENT && baseline > 0) {
      iterationRatios.add((double) measured / baseline);
    }
  }

  @TearDown(Level.Trial)
  public void report(BenchmarkParams benchmark) {
    StringBuilder line = new StringBuilder(System.lineSeparator())
        .append(benchmark.id())
        .append(": measured / baseline per iteration");
    for (double ratio : iterationRatios) {
      line.append(String.format(Locale.ROOT, " %.3f", ratio));
    }
    double mean =
        iterationRatios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    System.out.println(line.append(String.format(Locale.ROOT, "; mean %.3f", mean)));
  }

  /** Runs the measured side and the baseline once each and adds their times. */
  public void time(Callable<?> measuredSide, Callable<?> baselineSide, Blackhole sink)
      throws Exception {
    boolean measuredFirst = (calls++ & 1) == 0;
    if (measuredFirst) {
      measured += timed(measuredSide, sink);
      baseline += timed(baselineSide, sink);
    } else {
      baseline += timed(baselineSide, sink);
      measured += timed(measuredSide, sink);
    }
  }

  private static long timed(Callable<?> side, Blackhole sink) throws Exception {
    long start = System.nanoTime();
    sink.consume(side.call());
    return System.nanoTime() - start;
  }
}
