package com.tailorjob.domain.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/** Opaque identifier of a notification. */
public record NotificationId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public NotificationId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a notification id is 1-64 letters, digits, '-' or '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
