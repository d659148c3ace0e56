package com.tailorjob.adapters.http;

import com.tailorjob.application.auth.IssuedSession;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;

/** The web shapes of the auth routes, kept apart from the domain values they carry. */
final class AuthJson {

  private AuthJson() {}

  /** What register and login read; it never prints the password. */
  record Credentials(String email, String password) {
    boolean complete() {
      return email != null && password != null;
    }

    @Override
    public String toString() {
      return "Credentials[***]";
    }
  }

  record Registered(String userId) {
    static Registered of(UserId user) {
      return new Registered(user.value());
    }
  }

  record SessionIssued(String token, String tokenType, Instant expiresAt, String userId) {
    static SessionIssued of(IssuedSession session) {
      return new SessionIssued(session.token().reveal(), "Bearer", session.expiresAt(),
          session.user().value());
    }

    @Override
    public String toString() {
      return "SessionIssued[***]";
    }
  }
}
