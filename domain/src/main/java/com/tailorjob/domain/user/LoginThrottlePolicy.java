package com.tailorjob.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides when repeated failed logins are refused. Failures are counted per account and per
 * client address inside a sliding window; once either count reaches its limit, logins wait until
 * the oldest counted failure leaves the window.
 */
public record LoginThrottlePolicy(int maxPerAccount, int maxPerAddress, Duration window) {

  public LoginThrottlePolicy {
    Objects.requireNonNull(window, "window");
    if (maxPerAccount < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("throttle limits and window must be positive");
    }
  }

  public static LoginThrottlePolicy standard() {
    return new LoginThrottlePolicy(5, 20, Duration.ofMinutes(15));
  }

  /**
   * The limit that refuses a login now and how long it holds, or empty when a login may be
   * tried now. When both limits are reached, the one that holds longer is the answer.
   */
  public Optional<LoginThrottle> throttle(
      RecentFailures forAccount, RecentFailures forAddress, Instant now) {
    Optional<LoginThrottle> account = waitFor(forAccount, maxPerAccount, now)
        .map(wait -> new LoginThrottle(LoginThrottle.Limit.ACCOUNT, wait));
    Optional<LoginThrottle> address = waitFor(forAddress, maxPerAddress, now)
        .map(wait -> new LoginThrottle(LoginThrottle.Limit.ADDRESS, wait));
    if (account.isPresent() && address.isPresent()) {
      return Optional.of(longer(account.get(), address.get()));
    }
    return account.isPresent() ? account : address;
  }

  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  private Optional<Duration> waitFor(RecentFailures failures, int limit, Instant now) {
    if (failures.count() < limit) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, failures.nthNewest(limit).plus(window));
    return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  private static LoginThrottle longer(LoginThrottle a, LoginThrottle b) {
    return a.retryAfter().compareTo(b.retryAfter()) >= 0 ? a : b;
  }
}
