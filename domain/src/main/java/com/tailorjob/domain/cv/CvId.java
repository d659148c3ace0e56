package com.tailorjob.domain.cv;

import java.util.Objects;
import java.util.regex.Pattern;

/** Opaque identifier of an uploaded CV. */
public record CvId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public CvId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a CV id is 1-64 letters, digits, '-' or '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
