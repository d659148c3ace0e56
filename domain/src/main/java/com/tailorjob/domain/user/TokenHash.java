package com.tailorjob.domain.user;

import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a session token, hex encoded; the only form in which tokens are stored. */
public record TokenHash(String hex) {

  private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

  public TokenHash {
    Objects.requireNonNull(hex, "hex");
    if (!SHAPE.matcher(hex).matches()) {
      throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
    }
  }
}
