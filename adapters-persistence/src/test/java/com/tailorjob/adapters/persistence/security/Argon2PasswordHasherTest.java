package com.tailorjob.adapters.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.adapters.persistence.security.Argon2PasswordHasher.Parameters;
import com.tailorjob.domain.user.Password;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

  private final Argon2PasswordHasher hasher =
      new Argon2PasswordHasher(Parameters.cheapForTests());

  @Test
  void matches_the_password_it_hashed() {
    String hash = hasher.hash(Password.typed("correct horse battery"));

    assertThat(hasher.matches(Password.typed("correct horse battery"), hash)).isTrue();
  }

  @Test
  void does_not_match_another_password() {
    String hash = hasher.hash(Password.typed("correct horse battery"));

    assertThat(hasher.matches(Password.typed("correct horse battery!"), hash)).isFalse();
  }

  @Test
  void hashes_one_password_differently_each_time() {
    Password password = Password.typed("correct horse battery");

    String first = hasher.hash(password);
    String second = hasher.hash(password);

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void never_puts_the_password_itself_in_the_hash() {
    String hash = hasher.hash(Password.typed("correct horse battery"));

    assertThat(hash).doesNotContain("correct horse battery");
  }

  @Test
  void does_not_match_a_hash_of_another_scheme() {
    assertThat(hasher.matches(Password.typed("secret"), "fake$terces")).isFalse();
  }

  @Test
  void hashes_with_argon2id_at_the_recommended_cost() {
    String hash = Argon2PasswordHasher.recommended().hash(Password.typed("correct horse"));

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }

  @Test
  void verifies_a_hash_made_at_another_cost() {
    String cheap = hasher.hash(Password.typed("correct horse battery"));

    boolean matches =
        Argon2PasswordHasher.recommended().matches(Password.typed("correct horse battery"), cheap);

    assertThat(matches).isTrue();
  }

  @Test
  void refuses_less_memory_than_argon2_allows() {
    assertThatThrownBy(() -> new Parameters(16, 32, 2, 8, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
