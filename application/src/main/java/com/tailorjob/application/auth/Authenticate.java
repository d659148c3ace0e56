package com.tailorjob.application.auth;

import com.tailorjob.application.port.out.SessionRepository;
import com.tailorjob.domain.user.Session;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Resolves a bearer token to the user it was issued to, if it is still valid. */
public final class Authenticate {

  private final SessionRepository sessions;
  private final Clock clock;

  @Inject
  public Authenticate(SessionRepository sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  public Optional<UserId> userFor(SessionToken token) {
    return sessions.findActive(token.hash(), clock.instant()).map(Session::userId);
  }
}
