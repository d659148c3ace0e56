package com.tailorjob.application.auth;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.SessionRepository;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;

/** Revokes the session behind a bearer token, so the token stops working at once. */
public final class LogOut {

  private final SessionRepository sessions;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public LogOut(SessionRepository sessions, Observability observability, Clock clock) {
    this.sessions = sessions;
    this.observability = observability;
    this.clock = clock;
  }

  public void logOut(UserId user, SessionToken token) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new AuthEvent.LogoutStarted(user));

    try {
      sessions.revoke(token.hash(), clock.instant());
    } catch (RuntimeException e) {
      observability.emit(new AuthEvent.LogoutFailed(user, stopwatch.elapsed(), e));
      throw new OperationFailedException("logout", e);
    }

    observability.emit(new AuthEvent.LoggedOut(user, stopwatch.elapsed()));
  }
}
