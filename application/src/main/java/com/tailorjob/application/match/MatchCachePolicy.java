package com.tailorjob.application.match;

import java.time.Duration;
import java.util.Objects;

/** How long a match result is served from the cache. */
public record MatchCachePolicy(Duration ttl) {

  public MatchCachePolicy {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a cache lifetime must be positive");
    }
  }

  public static MatchCachePolicy standard() {
    return new MatchCachePolicy(Duration.ofDays(7));
  }
}
