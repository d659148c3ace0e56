package com.tailorjob.domain.trace;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ties together everything done for one request, from the upload to the parse it queued. A
 * client may propose one; only a short token of safe characters is ever accepted.
 */
public record RequestId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  public RequestId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a request id is 1-64 safe characters");
    }
  }

  /** Accepts a client-proposed id when it is well formed. */
  public static Optional<RequestId> parse(String candidate) {
    if (candidate == null || !SHAPE.matcher(candidate).matches()) {
      return Optional.empty();
    }
    return Optional.of(new RequestId(candidate));
  }

  @Override
  public String toString() {
    return value;
  }
}
