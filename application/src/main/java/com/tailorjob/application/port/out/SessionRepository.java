package com.tailorjob.application.port.out;

import com.tailorjob.domain.user.Session;
import com.tailorjob.domain.user.TokenHash;
import java.time.Instant;
import java.util.Optional;

/** Logged-in sessions, stored by token hash only. */
public interface SessionRepository {

  void add(Session session);

  /** The session behind a token hash, if it exists, is not revoked and has not expired. */
  Optional<Session> findActive(TokenHash hash, Instant now);

  /** Ends the session; revoking an unknown or revoked session is not an error. */
  void revoke(TokenHash hash, Instant now);
}
