package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.adapters.persistence.testing.PrintedFailure;
import com.tailorjob.application.port.out.EmailAlreadyRegisteredException;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiUserRepositoryTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final String ARGON2_HASH =
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g";

  private JdbiUserRepository users;

  @BeforeEach
  void setUp() {
    users = new JdbiUserRepository(PersistenceAdapters.jdbiFor(POSTGRES.dataSource()));
  }

  @Test
  void finds_a_user_by_id_with_every_field_intact() {
    User alice = user("alice");

    users.add(alice);

    assertThat(users.find(alice.id())).contains(alice);
  }

  @Test
  void finds_a_user_by_email_typed_in_another_case() {
    users.add(user("alice"));

    var found = users.findByEmail(new Email("Alice@Example.COM"));

    assertThat(found).map(User::id).contains(new UserId("alice"));
  }

  @Test
  void finds_nobody_behind_an_unknown_email() {
    users.add(user("alice"));

    assertThat(users.findByEmail(new Email("bob@example.com"))).isEmpty();
  }

  @Test
  void refuses_a_second_account_with_the_same_email() {
    users.add(user("alice"));
    User impostor = new User(new UserId("other"), new Email("ALICE@example.com"), "h", NOW);

    assertThatThrownBy(() -> users.add(impostor))
        .isInstanceOf(EmailAlreadyRegisteredException.class)
        .hasMessageNotContaining("alice@example.com");
  }

  @Test
  void does_not_mistake_a_clashing_id_for_a_taken_email() {
    users.add(user("alice"));
    User sameId = new User(new UserId("alice"), new Email("new@example.com"), "h", NOW);

    assertThatThrownBy(() -> users.add(sameId))
        .isInstanceOf(JdbiException.class)
        .isNotInstanceOf(EmailAlreadyRegisteredException.class);
  }

  @Test
  void keeps_the_address_and_password_hash_out_of_a_refused_insert() {
    users.add(user("alice"));
    User sameId = new User(new UserId("alice"), new Email("ada@example.com"), ARGON2_HASH, NOW);

    Throwable failure = catchThrowable(() -> users.add(sameId));

    assertThat(PrintedFailure.of(failure)).contains("users_pkey")
        .doesNotContain("ada@example.com")
        .doesNotContain(ARGON2_HASH);
  }
}
