package com.tailorjob.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.EmailAlreadyRegisteredException;
import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.application.testing.InMemoryAccounts;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.Password;
import org.junit.jupiter.api.Test;

class RegisterUserTest {

  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final RecordingObservability events = new RecordingObservability();
  private final RegisterUser registerUser = new RegisterUser(accounts.users(),
      InMemoryAccounts.fakeHasher(), new SequentialIds(), events, MutableClock.atSomeMoment());

  @Test
  void stores_only_a_hash_of_the_password() {
    registerUser.register(new RegisterUser.Command("alice@example.com", "long enough pw"));

    assertThat(accounts.users().findByEmail(new Email("alice@example.com")))
        .hasValueSatisfying(user -> assertThat(user.passwordHash()).doesNotContain("long enough"));
  }

  @Test
  void ends_a_registration_whose_password_cannot_be_hashed_in_one_failure_event() {
    PasswordHasher broken = new PasswordHasher() {
      @Override
      public String hash(Password password) {
        throw new IllegalStateException("no entropy");
      }

      @Override
      public boolean matches(Password password, String hash) {
        return false;
      }
    };
    RegisterUser failing = new RegisterUser(accounts.users(), broken, new SequentialIds(),
        events, MutableClock.atSomeMoment());

    assertThatThrownBy(() -> failing.register(
        new RegisterUser.Command("alice@example.com", "long enough pw")))
        .isInstanceOf(OperationFailedException.class);
    assertThat(events.names()).containsExactly("auth.registration.started",
        "auth.registration.failed");
  }

  @Test
  void refuses_an_address_that_is_already_registered() {
    registerUser.register(new RegisterUser.Command("alice@example.com", "long enough pw"));

    assertThatThrownBy(() -> registerUser.register(
            new RegisterUser.Command("ALICE@example.com", "another long pw")))
        .isInstanceOf(EmailAlreadyRegisteredException.class);
    assertThat(events.names()).last().isEqualTo("auth.registration.rejected");
  }

  @Test
  void refuses_a_short_password() {
    assertThatThrownBy(() -> registerUser.register(
            new RegisterUser.Command("alice@example.com", "short")))
        .isInstanceOfSatisfying(InvalidRegistrationException.class,
            e -> assertThat(e.reason()).isEqualTo("weak_password"));
  }

  @Test
  void refuses_a_malformed_address() {
    assertThatThrownBy(() -> registerUser.register(
            new RegisterUser.Command("not-an-address", "long enough pw")))
        .isInstanceOfSatisfying(InvalidRegistrationException.class,
            e -> assertThat(e.reason()).isEqualTo("invalid_email"));
  }

  @Test
  void never_puts_the_password_or_address_into_an_event() {
    registerUser.register(new RegisterUser.Command("alice@example.com", "long enough pw"));

    assertThat(events.events()).allSatisfy(event -> assertThat(event.toString())
        .doesNotContain("alice@example.com")
        .doesNotContain("long enough pw"));
  }
}
