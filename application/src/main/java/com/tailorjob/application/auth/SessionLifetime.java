package com.tailorjob.application.auth;

import java.time.Duration;
import java.util.Objects;

/** How long a bearer token stays valid after login. */
public record SessionLifetime(Duration value) {

  public SessionLifetime {
    Objects.requireNonNull(value, "value");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("a session lifetime must be positive");
    }
  }

  public static SessionLifetime standard() {
    return new SessionLifetime(Duration.ofHours(12));
  }
}
