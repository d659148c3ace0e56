package com.tailorjob.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A logged-in session, known by the hash of its bearer token. */
public record Session(TokenHash tokenHash, UserId userId, Instant createdAt, Instant expiresAt) {

  public Session {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a session expires after it is created");
    }
  }

  public static Session open(TokenHash hash, UserId user, Instant now, Duration lifetime) {
    return new Session(hash, user, now, now.plus(lifetime));
  }

  public boolean isActiveAt(Instant instant) {
    return instant.isBefore(expiresAt);
  }
}
