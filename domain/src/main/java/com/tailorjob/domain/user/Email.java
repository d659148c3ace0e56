package com.tailorjob.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An account's e-mail address, normalised to lower case. Never written to a log. */
public record Email(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}");
  private static final int MAX_LENGTH = 254;

  public Email {
    Objects.requireNonNull(value, "value");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid e-mail address");
    }
  }

  @Override
  public String toString() {
    return "Email[***]";
  }
}
