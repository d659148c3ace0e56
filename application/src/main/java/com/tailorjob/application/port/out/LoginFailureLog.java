package com.tailorjob.application.port.out;

import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers failed logins so that guessing can be slowed down. Shared by every API node, so a
 * client cannot escape the limit by hitting another node.
 *
 * <p>An attempt is counted as failed from the moment it is admitted, before its password is
 * checked, and forgotten only when it succeeds. Checking the limits and counting the attempt are
 * one step for every node together, so guesses sent in parallel see each other and no more of
 * them reach the password check than the limits allow. An attempt that never reports success,
 * such as one that ends in an error, stays counted.
 */
public interface LoginFailureLog {

  /**
   * Admits a login attempt at the account from the address unless the throttle refuses it, and
   * counts an admitted attempt as a failure at {@code now}.
   *
   * @return the limit that refused the attempt and how long it holds, or empty when the
   *     attempt was admitted and counted
   */
  Optional<LoginThrottle> admit(
      Email account, String clientAddress, Instant now, LoginThrottlePolicy throttle);

  /**
   * The address's throttle, or empty; for an attempt that names no valid account and so can
   * neither succeed nor be counted against one.
   */
  Optional<LoginThrottle> waitForAddress(
      String clientAddress, Instant now, LoginThrottlePolicy throttle);

  /** Forgets the account's failures, the admitted attempt included, after a successful login. */
  void clear(Email account);
}
