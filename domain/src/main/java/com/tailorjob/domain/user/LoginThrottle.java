package com.tailorjob.domain.user;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** A login refused for too many recent failures: which limit refused it, and for how long. */
public record LoginThrottle(Limit limit, Duration retryAfter) {

  /** The count that reached its limit: the account's failures, or the client address's. */
  public enum Limit {
    ACCOUNT,
    ADDRESS;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public LoginThrottle {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("a throttle lasts a positive time");
    }
  }
}
