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

  /** How long the caller must wait, or empty when a login may be tried now. */
  public Optional<Duration> retryAfter(
      RecentFailures forAccount, RecentFailures forAddress, Instant now) {
    Optional<Duration> account = waitFor(forAccount, maxPerAccount, now);
    Optional<Duration> address = waitFor(forAddress, maxPerAddress, now);
    if (account.isPresent() && address.isPresent()) {
      return Optional.of(max(account.get(), address.get()));
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

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
