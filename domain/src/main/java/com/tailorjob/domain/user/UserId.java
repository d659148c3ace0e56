package com.tailorjob.domain.user;

import java.util.Objects;
import java.util.regex.Pattern;

/** Opaque identifier of an account. */
public record UserId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public UserId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a user id is 1-64 letters, digits, '-' or '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
