package com.tailorjob.adapters.ai.matching.ai;

import java.time.Duration;
import java.util.Objects;

/**
 * When the circuit around a chat model provider opens: once at least {@code minimumCalls} of
 * the last {@code windowSize} calls were made and {@code failureRatePercent} of them failed.
 * It stays open for {@code openFor}, failing fast, then lets a few trial calls through.
 */
public record BreakerSettings(int windowSize, int minimumCalls, float failureRatePercent,
    Duration openFor) {

  public BreakerSettings {
    Objects.requireNonNull(openFor, "openFor");
    if (windowSize < 1 || minimumCalls < 1 || minimumCalls > windowSize) {
      throw new IllegalArgumentException(
          "a circuit breaker needs 1 <= minimum calls <= window size");
    }
    if (failureRatePercent <= 0 || failureRatePercent > 100) {
      throw new IllegalArgumentException("a failure rate threshold is above 0 and at most 100");
    }
    if (openFor.isNegative() || openFor.isZero()) {
      throw new IllegalArgumentException("a circuit stays open for a positive duration");
    }
  }

  /** 10 calls, at least 5 of them, half failing; open for 30 seconds. */
  public static BreakerSettings defaults() {
    return new BreakerSettings(10, 5, 50, Duration.ofSeconds(30));
  }
}
