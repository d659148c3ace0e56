package com.tailorjob.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bearer token handed to a client after login. Only its hash is ever stored, so a leaked
 * database does not hand out live sessions; it never prints itself.
 */
public final class SessionToken {

  private final String value;

  public SessionToken(String value) {
    this.value = Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 256) {
      throw new IllegalArgumentException("a session token is 1-256 characters");
    }
  }

  public String reveal() {
    return value;
  }

  public TokenHash hash() {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(value.getBytes(StandardCharsets.UTF_8));
      return new TokenHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "SessionToken[***]";
  }
}
