package com.tailorjob.adapters.http;

import java.util.Map;
import java.util.Objects;

/**
 * The answer of a {@link HealthCheck}. The details are shown to anyone who asks, so they hold
 * short states such as {@code database=up}, never connection strings or exception text.
 */
public record Health(boolean healthy, Map<String, String> details) {

  public Health {
    details = Map.copyOf(Objects.requireNonNull(details, "details"));
  }

  public static Health up() {
    return new Health(true, Map.of());
  }

  public static Health up(Map<String, String> details) {
    return new Health(true, details);
  }

  public static Health down(Map<String, String> details) {
    return new Health(false, details);
  }
}
