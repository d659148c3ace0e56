package com.tailorjob.application.port.out;

import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.RecentFailures;
import java.time.Instant;

/**
 * Remembers failed logins so that guessing can be slowed down. Shared by every API node, so a
 * client cannot escape the limit by hitting another node.
 */
public interface LoginFailureLog {

  void record(Email account, String clientAddress, Instant at);

  RecentFailures forAccount(Email account, Instant since);

  RecentFailures forAddress(String clientAddress, Instant since);

  /** Forgets the account's failures after a successful login. */
  void clear(Email account);
}
