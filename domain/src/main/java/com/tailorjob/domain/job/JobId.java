package com.tailorjob.domain.job;

import java.util.Objects;
import java.util.regex.Pattern;

/** Opaque identifier of a job posting. */
public record JobId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public JobId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a job id is 1-64 letters, digits, '-' or '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
