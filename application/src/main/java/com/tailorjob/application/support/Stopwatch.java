package com.tailorjob.application.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Measures how long an operation has taken on the injected clock. */
public final class Stopwatch {

  private final Clock clock;
  private final Instant start;

  private Stopwatch(Clock clock) {
    this.clock = clock;
    this.start = clock.instant();
  }

  public static Stopwatch start(Clock clock) {
    return new Stopwatch(clock);
  }

  public Duration elapsed() {
    return Duration.between(start, clock.instant());
  }
}
