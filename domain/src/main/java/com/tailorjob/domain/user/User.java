package com.tailorjob.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A registered account. The password is held only as its one-way hash. */
public record User(UserId id, Email email, String passwordHash, Instant registeredAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }

  @Override
  public String toString() {
    return "User[id=" + id + "]";
  }
}
