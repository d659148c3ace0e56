package com.tailorjob.domain.event;

import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.util.Objects;

/** Events of registration, login and logout. */
public sealed interface AuthEvent extends DomainEvent {

  record RegistrationStarted() implements AuthEvent {
    @Override
    public String name() {
      return "auth.registration.started";
    }
  }

  record UserRegistered(UserId user, Duration duration) implements AuthEvent {
    public UserRegistered {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "auth.registration.succeeded";
    }
  }

  /** Registration refused for bad input or an address already in use. */
  record RegistrationRejected(String reason, Duration duration) implements AuthEvent {
    public RegistrationRejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "auth.registration.rejected";
    }
  }

  record RegistrationFailed(Duration duration, Throwable cause) implements AuthEvent {
    public RegistrationFailed {
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "auth.registration.failed";
    }
  }

  record LoginStarted() implements AuthEvent {
    @Override
    public String name() {
      return "auth.login.started";
    }
  }

  record LoginSucceeded(UserId user, Duration duration) implements AuthEvent {
    public LoginSucceeded {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "auth.login.succeeded";
    }
  }

  /**
   * Wrong credentials. It names neither the account nor whether one exists, so the log cannot
   * be used to enumerate accounts.
   */
  record LoginRejected(String reason, Duration duration) implements AuthEvent {
    public LoginRejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "auth.login.rejected";
    }
  }

  /** Too many recent failures for the account or the client address: {@code limit} says which. */
  record LoginThrottled(LoginThrottle.Limit limit, Duration retryAfter, Duration duration)
      implements AuthEvent {
    public LoginThrottled {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "auth.login.throttled";
    }
  }

  record LoginFailed(Duration duration, Throwable cause) implements AuthEvent {
    public LoginFailed {
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "auth.login.failed";
    }
  }

  record LogoutStarted(UserId user) implements AuthEvent {
    public LogoutStarted {
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String name() {
      return "auth.logout.started";
    }
  }

  record LoggedOut(UserId user, Duration duration) implements AuthEvent {
    public LoggedOut {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "auth.logout.succeeded";
    }
  }

  record LogoutFailed(UserId user, Duration duration, Throwable cause) implements AuthEvent {
    public LogoutFailed {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "auth.logout.failed";
    }
  }
}
