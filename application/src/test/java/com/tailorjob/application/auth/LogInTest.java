package com.tailorjob.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.application.testing.InMemoryAccounts;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInTest {

  private static final String EMAIL = "alice@example.com";
  private static final String PASSWORD = "correct horse battery";

  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final PasswordHasher hasher = InMemoryAccounts.fakeHasher();
  private final SequentialIds ids = new SequentialIds();
  private final MutableClock clock = MutableClock.atSomeMoment();
  private final RecordingObservability events = new RecordingObservability();
  private final LogIn logIn = new LogIn(accounts.users(), accounts.sessions(),
      accounts.failures(), hasher, ids, events, clock,
      new LoginThrottlePolicy(3, 10, Duration.ofMinutes(15)), SessionLifetime.standard());
  private final Authenticate authenticate = new Authenticate(accounts.sessions(), clock);

  @BeforeEach
  void register_alice() {
    new RegisterUser(accounts.users(), hasher, ids, new RecordingObservability(), clock)
        .register(new RegisterUser.Command(EMAIL, PASSWORD));
  }

  @Test
  void issues_a_token_that_authenticates_its_user() {
    IssuedSession session = logIn.logIn(new LogIn.Command(EMAIL, PASSWORD, "10.0.0.1"));

    assertThat(authenticate.userFor(session.token())).contains(session.user());
  }

  @Test
  void accepts_the_address_in_any_case() {
    IssuedSession session =
        logIn.logIn(new LogIn.Command("Alice@Example.COM", PASSWORD, "10.0.0.1"));

    assertThat(session.user()).isNotNull();
  }

  @Test
  void a_token_stops_working_when_it_expires() {
    IssuedSession session = logIn.logIn(new LogIn.Command(EMAIL, PASSWORD, "10.0.0.1"));

    clock.advance(SessionLifetime.standard().value().plusSeconds(1));

    assertThat(authenticate.userFor(session.token())).isEmpty();
  }

  @Test
  void a_token_stops_working_after_logout() {
    IssuedSession session = logIn.logIn(new LogIn.Command(EMAIL, PASSWORD, "10.0.0.1"));

    new LogOut(accounts.sessions(), events, clock).logOut(session.user(), session.token());

    assertThat(authenticate.userFor(session.token())).isEmpty();
  }

  @Test
  void rejects_a_wrong_password_and_an_unknown_account_alike() {
    assertThatThrownBy(() -> logIn.logIn(new LogIn.Command(EMAIL, "wrong", "10.0.0.1")))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("invalid e-mail or password");
    assertThatThrownBy(() -> logIn.logIn(new LogIn.Command("bob@example.com", "x", "10.0.0.1")))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("invalid e-mail or password");
  }

  @Test
  void reports_a_failed_login_without_naming_the_account() {
    assertThatThrownBy(() -> logIn.logIn(new LogIn.Command(EMAIL, "wrong", "10.0.0.1")));

    assertThat(events.eventsOf(AuthEvent.LoginRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("invalid_credentials"));
    assertThat(events.events()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("alice"));
  }

  @Test
  void refuses_further_attempts_after_repeated_failures() {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> logIn.logIn(new LogIn.Command(EMAIL, "wrong", "10.0.0.1")));
    }

    assertThatThrownBy(() -> logIn.logIn(new LogIn.Command(EMAIL, PASSWORD, "10.0.0.2")))
        .isInstanceOfSatisfying(LoginThrottledException.class,
            e -> assertThat(e.retryAfter()).isPositive());
  }

  @Test
  void lets_the_account_in_again_once_the_window_has_passed() {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> logIn.logIn(new LogIn.Command(EMAIL, "wrong", "10.0.0.1")));
    }

    clock.advance(Duration.ofMinutes(16));

    assertThat(logIn.logIn(new LogIn.Command(EMAIL, PASSWORD, "10.0.0.1")).user()).isNotNull();
  }

  @Test
  void a_successful_login_leaves_no_attempt_counted_against_the_account() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> logIn.logIn(new LogIn.Command(EMAIL, "wrong", "10.0.0.1")));
    }
    logIn.logIn(new LogIn.Command(EMAIL, PASSWORD, "10.0.0.1"));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> logIn.logIn(new LogIn.Command(EMAIL, "wrong", "10.0.0.1")));
    }

    IssuedSession session = logIn.logIn(new LogIn.Command(EMAIL, PASSWORD, "10.0.0.1"));

    assertThat(session.user()).isNotNull();
  }
}
