package com.tailorjob.domain.cv;

import java.util.Objects;
import java.util.regex.Pattern;

/** SHA-256 of a file's bytes, hex encoded; two uploads of the same bytes share it. */
public record ContentHash(String hex) {

  private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");
  private static final int PREFIX_LENGTH = 8;

  public ContentHash {
    Objects.requireNonNull(hex, "hex");
    if (!SHAPE.matcher(hex).matches()) {
      throw new IllegalArgumentException("a content hash is 64 lower-case hex digits");
    }
  }

  /** The short form operators see in log lines. */
  public String prefix() {
    return hex.substring(0, PREFIX_LENGTH);
  }
}
