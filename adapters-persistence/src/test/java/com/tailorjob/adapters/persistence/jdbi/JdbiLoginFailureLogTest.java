package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.user.Email;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiLoginFailureLogTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final Email ALICE = new Email("alice@example.com");
  private static final Email BOB = new Email("bob@example.com");
  private static final String HOME = "203.0.113.7";
  private static final String CAFE = "198.51.100.20";
  private static final Instant WINDOW_START = NOW.minusSeconds(15 * 60);

  private Jdbi jdbi;
  private JdbiLoginFailureLog failures;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    failures = new JdbiLoginFailureLog(jdbi);
  }

  @Test
  void counts_the_failures_of_one_account_from_every_address() {
    failures.record(ALICE, HOME, NOW.minusSeconds(30));
    failures.record(ALICE, CAFE, NOW.minusSeconds(20));
    failures.record(BOB, HOME, NOW.minusSeconds(10));

    assertThat(failures.forAccount(ALICE, WINDOW_START).count()).isEqualTo(2);
  }

  @Test
  void counts_the_failures_from_one_address_for_every_account() {
    failures.record(ALICE, HOME, NOW.minusSeconds(30));
    failures.record(BOB, HOME, NOW.minusSeconds(20));
    failures.record(BOB, CAFE, NOW.minusSeconds(10));

    assertThat(failures.forAddress(HOME, WINDOW_START).count()).isEqualTo(2);
  }

  @Test
  void leaves_out_failures_older_than_the_window() {
    failures.record(ALICE, HOME, WINDOW_START.minusSeconds(1));
    failures.record(ALICE, HOME, WINDOW_START);
    failures.record(ALICE, HOME, NOW);

    assertThat(failures.forAccount(ALICE, WINDOW_START).newestFirst())
        .containsExactly(NOW, WINDOW_START);
  }

  @Test
  void gives_the_failures_of_an_address_newest_first() {
    failures.record(ALICE, HOME, NOW.minusSeconds(30));
    failures.record(BOB, HOME, NOW.minusSeconds(10));
    failures.record(ALICE, HOME, NOW.minusSeconds(20));

    assertThat(failures.forAddress(HOME, WINDOW_START).newestFirst()).containsExactly(
        NOW.minusSeconds(10), NOW.minusSeconds(20), NOW.minusSeconds(30));
  }

  @Test
  void counts_an_account_whatever_the_case_it_was_typed_in() {
    failures.record(new Email("Alice@Example.com"), HOME, NOW);

    assertThat(failures.forAccount(ALICE, WINDOW_START).count()).isEqualTo(1);
  }

  @Test
  void clearing_an_account_forgets_its_failures_only() {
    failures.record(ALICE, HOME, NOW.minusSeconds(30));
    failures.record(BOB, HOME, NOW.minusSeconds(20));

    failures.clear(ALICE);

    assertThat(failures.forAccount(ALICE, WINDOW_START).count()).isZero();
    assertThat(failures.forAccount(BOB, WINDOW_START).count()).isEqualTo(1);
  }

  @Test
  void stores_no_email_address_in_clear() {
    failures.record(ALICE, HOME, NOW);

    List<String> keys = jdbi.withHandle(handle -> handle
        .createQuery("SELECT account_key FROM login_failures").mapTo(String.class).list());

    assertThat(keys).singleElement().asString()
        .doesNotContain("alice")
        .isEqualTo(Samples.hashOf("alice@example.com").hex());
  }
}
