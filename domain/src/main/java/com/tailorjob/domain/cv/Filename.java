package com.tailorjob.domain.cv;

import java.util.Objects;

/**
 * The name a file had on its owner's machine, kept for display only. Path parts and control
 * characters are removed, and it is never used to name anything in storage.
 */
public record Filename(String value) {

  public static final int MAX_LENGTH = 255;
  private static final String UNNAMED = "unnamed";

  public Filename {
    Objects.requireNonNull(value, "value");
  }

  /** Cleans a client-supplied name; an empty result becomes {@code unnamed}. */
  public static Filename fromClient(String raw) {
    String name = raw == null ? "" : raw;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.codePoints()
        .filter(cp -> !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .strip();
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
    }
    return new Filename(name.isEmpty() || name.equals("..") ? UNNAMED : name);
  }

  @Override
  public String toString() {
    return value;
  }
}
