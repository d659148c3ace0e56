package com.tailorjob.domain.match;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stored match result and when it was computed. */
public record CachedMatch(MatchResult result, Instant createdAt, Instant expiresAt) {

  public CachedMatch {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public Duration ageAt(Instant now) {
    Duration age = Duration.between(createdAt, now);
    return age.isNegative() ? Duration.ZERO : age;
  }
}
