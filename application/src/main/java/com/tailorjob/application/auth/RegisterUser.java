package com.tailorjob.application.auth;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.EmailAlreadyRegisteredException;
import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.application.port.out.UserRepository;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.Password;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;

/** Opens an account for an e-mail address and password. */
public final class RegisterUser {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final IdGenerator ids;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public RegisterUser(
      UserRepository users, PasswordHasher hasher, IdGenerator ids,
      Observability observability, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.ids = ids;
    this.observability = observability;
    this.clock = clock;
  }

  public record Command(String email, String password) {
    @Override
    public String toString() {
      return "RegisterUser.Command[***]";
    }
  }

  /**
   * @throws InvalidRegistrationException when the address or password is not acceptable
   * @throws EmailAlreadyRegisteredException when the address is taken
   */
  public UserId register(Command command) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new AuthEvent.RegistrationStarted());

    Email email = parseEmail(command.email(), stopwatch);
    Password password = parsePassword(command.password(), stopwatch);

    User user = store(email, password, stopwatch);

    observability.emit(new AuthEvent.UserRegistered(user.id(), stopwatch.elapsed()));
    return user.id();
  }

  /** Making the id and the hash can fail as well as storing, and each ends the registration. */
  private User store(Email email, Password password, Stopwatch stopwatch) {
    try {
      User user = new User(ids.newUserId(), email, hasher.hash(password), clock.instant());
      users.add(user);
      return user;
    } catch (EmailAlreadyRegisteredException e) {
      reject("email_taken", stopwatch);
      throw e;
    } catch (RuntimeException e) {
      observability.emit(new AuthEvent.RegistrationFailed(stopwatch.elapsed(), e));
      throw new OperationFailedException("registration", e);
    }
  }

  private Email parseEmail(String raw, Stopwatch stopwatch) {
    try {
      return new Email(raw == null ? "" : raw);
    } catch (IllegalArgumentException e) {
      reject("invalid_email", stopwatch);
      throw new InvalidRegistrationException("invalid_email", "not a valid e-mail address");
    }
  }

  private Password parsePassword(String raw, Stopwatch stopwatch) {
    try {
      return Password.chosen(raw == null ? "" : raw);
    } catch (IllegalArgumentException e) {
      reject("weak_password", stopwatch);
      throw new InvalidRegistrationException("weak_password", e.getMessage());
    }
  }

  private void reject(String reason, Stopwatch stopwatch) {
    observability.emit(new AuthEvent.RegistrationRejected(reason, stopwatch.elapsed()));
  }
}
