package com.tailorjob.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final LoginThrottlePolicy policy = new LoginThrottlePolicy(2, 3, Duration.ofMinutes(10));

  @Test
  void allows_a_login_below_the_limit() {
    RecentFailures one = new RecentFailures(List.of(NOW.minusSeconds(5)));

    assertThat(policy.throttle(one, RecentFailures.none(), NOW)).isEmpty();
  }

  @Test
  void waits_until_the_limiting_failure_leaves_the_window() {
    RecentFailures two = new RecentFailures(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)));

    assertThat(policy.throttle(two, RecentFailures.none(), NOW))
        .contains(new LoginThrottle(LoginThrottle.Limit.ACCOUNT, Duration.ofMinutes(9)));
  }

  @Test
  void throttles_an_address_that_tries_many_accounts() {
    RecentFailures three = new RecentFailures(
        List.of(NOW.minusSeconds(3), NOW.minusSeconds(2), NOW.minusSeconds(1)));

    assertThat(policy.throttle(RecentFailures.none(), three, NOW))
        .map(LoginThrottle::limit).contains(LoginThrottle.Limit.ADDRESS);
  }

  @Test
  void names_the_limit_that_holds_longer_when_both_are_reached() {
    RecentFailures account =
        new RecentFailures(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)));
    RecentFailures address = new RecentFailures(
        List.of(NOW.minusSeconds(3), NOW.minusSeconds(2), NOW.minusSeconds(1)));

    assertThat(policy.throttle(account, address, NOW))
        .map(LoginThrottle::limit).contains(LoginThrottle.Limit.ADDRESS);
  }
}
