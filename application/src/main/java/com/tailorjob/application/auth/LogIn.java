package com.tailorjob.application.auth;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.application.port.out.LoginFailureLog;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.application.port.out.SessionRepository;
import com.tailorjob.application.port.out.UserRepository;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import com.tailorjob.domain.user.Password;
import com.tailorjob.domain.user.Session;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.User;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exchanges an e-mail address and password for a bearer token. An unknown address costs the same
 * hashing work as a wrong password, so timing does not tell whether an account exists.
 */
public final class LogIn {

  private static final Password DECOY = Password.typed("decoy-password-for-unknown-accounts");

  private final UserRepository users;
  private final SessionRepository sessions;
  private final LoginFailureLog failures;
  private final PasswordHasher hasher;
  private final IdGenerator ids;
  private final Observability observability;
  private final Clock clock;
  private final LoginThrottlePolicy throttle;
  private final Duration sessionLifetime;
  private final String decoyHash;

  @Inject
  public LogIn(
      UserRepository users, SessionRepository sessions, LoginFailureLog failures,
      PasswordHasher hasher, IdGenerator ids, Observability observability, Clock clock,
      LoginThrottlePolicy throttle, SessionLifetime sessionLifetime) {
    this.users = users;
    this.sessions = sessions;
    this.failures = failures;
    this.hasher = hasher;
    this.ids = ids;
    this.observability = observability;
    this.clock = clock;
    this.throttle = throttle;
    this.sessionLifetime = sessionLifetime.value();
    this.decoyHash = hasher.hash(DECOY);
  }

  public record Command(String email, String password, String clientAddress) {
    @Override
    public String toString() {
      return "LogIn.Command[***]";
    }
  }

  /**
   * @throws InvalidCredentialsException when the address and password do not match an account
   * @throws LoginThrottledException when too many logins failed recently
   */
  public IssuedSession logIn(Command command) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new AuthEvent.LoginStarted());

    try {
      return attempt(command, stopwatch);
    } catch (InvalidCredentialsException | LoginThrottledException e) {
      throw e;
    } catch (RuntimeException e) {
      observability.emit(new AuthEvent.LoginFailed(stopwatch.elapsed(), e));
      throw new OperationFailedException("login", e);
    }
  }

  private IssuedSession attempt(Command command, Stopwatch stopwatch) {
    Optional<Email> email = parseEmail(command.email());
    String address = command.clientAddress() == null ? "unknown" : command.clientAddress();
    Instant now = clock.instant();
    guardThrottle(email, address, now, stopwatch);

    Password password = Password.typed(command.password() == null ? "" : command.password());
    Optional<User> user = email.flatMap(users::findByEmail);
    boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(decoyHash));
    if (user.isEmpty() || !matches) {
      observability.emit(new AuthEvent.LoginRejected("invalid_credentials", stopwatch.elapsed()));
      throw new InvalidCredentialsException();
    }

    failures.clear(user.get().email());
    IssuedSession issued = openSession(user.get(), now);
    observability.emit(new AuthEvent.LoginSucceeded(issued.user(), stopwatch.elapsed()));
    return issued;
  }

  /**
   * Admitting an attempt counts it as failed until it succeeds, so a guess sent in parallel sees
   * this one while its password is still being hashed.
   */
  private void guardThrottle(
      Optional<Email> email, String address, Instant now, Stopwatch stopwatch) {
    Optional<LoginThrottle> refusal = email
        .map(account -> failures.admit(account, address, now, throttle))
        .orElseGet(() -> failures.waitForAddress(address, now, throttle));
    if (refusal.isPresent()) {
      LoginThrottle throttled = refusal.get();
      observability.emit(new AuthEvent.LoginThrottled(
          throttled.limit(), throttled.retryAfter(), stopwatch.elapsed()));
      throw new LoginThrottledException(throttled.retryAfter());
    }
  }

  private IssuedSession openSession(User user, Instant now) {
    SessionToken token = ids.newSessionToken();
    Session session = Session.open(token.hash(), user.id(), now, sessionLifetime);
    sessions.add(session);
    return new IssuedSession(user.id(), token, session.expiresAt());
  }

  private static Optional<Email> parseEmail(String raw) {
    try {
      return Optional.of(new Email(raw == null ? "" : raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
