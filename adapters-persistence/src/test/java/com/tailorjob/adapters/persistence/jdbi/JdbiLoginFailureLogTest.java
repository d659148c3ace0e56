package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import java.time.Duration;
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
  private static final Email CAROL = new Email("carol@example.com");
  private static final String HOME = "203.0.113.7";
  private static final String CAFE = "198.51.100.20";
  private static final String OFFICE = "192.0.2.44";
  private static final LoginThrottlePolicy THROTTLE =
      new LoginThrottlePolicy(2, 3, Duration.ofMinutes(15));

  private Jdbi jdbi;
  private JdbiLoginFailureLog failures;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    failures = new JdbiLoginFailureLog(jdbi);
  }

  @Test
  void admits_an_attempt_below_the_limits_and_counts_it() {
    var wait = failures.admit(ALICE, HOME, NOW, THROTTLE);

    assertThat(wait).isEmpty();
    assertThat(storedAddresses()).containsExactly(HOME);
  }

  @Test
  void refuses_an_account_at_its_limit_whatever_addresses_its_attempts_came_from() {
    failures.admit(ALICE, HOME, NOW.minusSeconds(30), THROTTLE);
    failures.admit(ALICE, CAFE, NOW.minusSeconds(20), THROTTLE);

    var wait = failures.admit(ALICE, OFFICE, NOW, THROTTLE);

    assertThat(wait).isPresent();
  }

  @Test
  void refuses_an_address_at_its_limit_whatever_accounts_it_tried() {
    failures.admit(ALICE, HOME, NOW.minusSeconds(30), THROTTLE);
    failures.admit(BOB, HOME, NOW.minusSeconds(20), THROTTLE);
    failures.admit(CAROL, HOME, NOW.minusSeconds(10), THROTTLE);

    var wait = failures.admit(new Email("dave@example.com"), HOME, NOW, THROTTLE);

    assertThat(wait).map(LoginThrottle::limit).contains(LoginThrottle.Limit.ADDRESS);
  }

  @Test
  void does_not_count_a_refused_attempt() {
    failures.admit(ALICE, HOME, NOW.minusSeconds(30), THROTTLE);
    failures.admit(ALICE, HOME, NOW.minusSeconds(20), THROTTLE);

    failures.admit(ALICE, HOME, NOW, THROTTLE);

    assertThat(storedAddresses()).hasSize(2);
  }

  @Test
  void waits_until_the_attempt_that_reached_the_limit_leaves_the_window() {
    failures.admit(ALICE, HOME, NOW.minus(Duration.ofMinutes(10)), THROTTLE);
    failures.admit(ALICE, CAFE, NOW.minus(Duration.ofMinutes(5)), THROTTLE);

    var wait = failures.admit(ALICE, OFFICE, NOW, THROTTLE);

    assertThat(wait)
        .contains(new LoginThrottle(LoginThrottle.Limit.ACCOUNT, Duration.ofMinutes(5)));
  }

  @Test
  void admits_again_once_the_attempts_have_left_the_window() {
    failures.admit(ALICE, HOME, NOW.minus(Duration.ofMinutes(16)), THROTTLE);
    failures.admit(ALICE, HOME, NOW.minus(Duration.ofMinutes(15)).minusNanos(1_000), THROTTLE);

    var wait = failures.admit(ALICE, HOME, NOW, THROTTLE);

    assertThat(wait).isEmpty();
  }

  @Test
  void counts_an_account_whatever_the_case_it_was_typed_in() {
    failures.admit(new Email("Alice@Example.com"), HOME, NOW.minusSeconds(20), THROTTLE);
    failures.admit(new Email("ALICE@example.com"), CAFE, NOW.minusSeconds(10), THROTTLE);

    var wait = failures.admit(ALICE, OFFICE, NOW, THROTTLE);

    assertThat(wait).isPresent();
  }

  @Test
  void clearing_an_account_forgets_its_attempts_only() {
    failures.admit(ALICE, HOME, NOW.minusSeconds(40), THROTTLE);
    failures.admit(ALICE, HOME, NOW.minusSeconds(30), THROTTLE);
    failures.admit(BOB, CAFE, NOW.minusSeconds(20), THROTTLE);
    failures.admit(BOB, CAFE, NOW.minusSeconds(10), THROTTLE);

    failures.clear(ALICE);

    assertThat(failures.admit(ALICE, OFFICE, NOW, THROTTLE)).isEmpty();
    assertThat(failures.admit(BOB, OFFICE, NOW, THROTTLE)).isPresent();
  }

  @Test
  void tells_an_address_at_its_limit_to_wait_without_naming_an_account() {
    failures.admit(ALICE, HOME, NOW.minusSeconds(30), THROTTLE);
    failures.admit(BOB, HOME, NOW.minusSeconds(20), THROTTLE);
    failures.admit(CAROL, HOME, NOW.minusSeconds(10), THROTTLE);

    var wait = failures.waitForAddress(HOME, NOW, THROTTLE);

    assertThat(wait).isPresent();
  }

  @Test
  void checking_an_address_alone_counts_no_attempt() {
    failures.waitForAddress(HOME, NOW, THROTTLE);

    assertThat(storedAddresses()).isEmpty();
  }

  @Test
  void stores_no_email_address_in_clear() {
    failures.admit(ALICE, HOME, NOW, THROTTLE);

    List<String> keys = jdbi.withHandle(handle -> handle
        .createQuery("SELECT account_key FROM login_failures").mapTo(String.class).list());

    assertThat(keys).singleElement().asString()
        .doesNotContain("alice")
        .isEqualTo(Samples.hashOf("alice@example.com").hex());
  }

  private List<String> storedAddresses() {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT client_address FROM login_failures").mapTo(String.class).list());
  }
}
