package com.tailorjob.domain.parse;

import java.time.Duration;
import java.util.Objects;

/** Bounds that keep a hostile file from exhausting memory or running forever. */
public record ExtractionLimits(int maxPages, int maxCharacters, Duration timeout) {

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxPages < 1 || maxCharacters < 1 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }

  public static ExtractionLimits standard() {
    return new ExtractionLimits(50, 500_000, Duration.ofSeconds(30));
  }
}
