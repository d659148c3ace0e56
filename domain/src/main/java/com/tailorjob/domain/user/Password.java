package com.tailorjob.domain.user;

import java.util.Objects;

/**
 * A clear-text password as typed by its owner. It never prints itself, so a stray log call or
 * exception message cannot leak it.
 */
public final class Password {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private final String value;

  private Password(String value) {
    this.value = value;
  }

  /** Wraps a password typed at login, where no strength rule applies. */
  public static Password typed(String value) {
    return new Password(Objects.requireNonNull(value, "password"));
  }

  /** Wraps a password chosen at registration, which must meet the length rule. */
  public static Password chosen(String value) {
    Objects.requireNonNull(value, "password");
    int length = value.codePointCount(0, value.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
    return new Password(value);
  }

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Password[***]";
  }
}
