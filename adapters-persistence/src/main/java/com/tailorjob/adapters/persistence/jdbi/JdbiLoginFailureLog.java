package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.LoginFailureLog;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import com.tailorjob.domain.user.RecentFailures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Failed logins in the {@code login_failures} table, shared by every API node. Accounts are
 * keyed by the SHA-256 of their address, so the table holds no address in clear.
 *
 * <p>An attempt is admitted inside a transaction that first takes PostgreSQL advisory locks on
 * its account and its client address, always in that order so two attempts cannot deadlock. The
 * next attempt for the same account or address, from any node, waits until this one is counted.
 * The transaction reads committed data statement by statement, so the counts taken once the
 * locks are held include every attempt admitted before.
 */
public final class JdbiLoginFailureLog implements LoginFailureLog {

  /**
   * The first key of the two-key advisory locks, one per kind of lock, so these locks never
   * meet another lock of the database; the second key is a hash of the account or address.
   */
  private static final int ACCOUNT_LOCKS = 0x4c4f4741;
  private static final int ADDRESS_LOCKS = 0x4c4f4749;

  private final Jdbi jdbi;

  public JdbiLoginFailureLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<LoginThrottle> admit(
      Email account, String clientAddress, Instant now, LoginThrottlePolicy throttle) {
    String accountKey = accountKey(account);
    Instant since = throttle.windowStart(now);
    return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
      lock(handle, ACCOUNT_LOCKS, accountKey);
      lock(handle, ADDRESS_LOCKS, clientAddress);
      Optional<LoginThrottle> wait = throttle.throttle(
          failuresWhere(handle, "account_key", accountKey, since),
          failuresWhere(handle, "client_address", clientAddress, since),
          now);
      if (wait.isEmpty()) {
        record(handle, accountKey, clientAddress, now);
      }
      return wait;
    });
  }

  @Override
  public Optional<LoginThrottle> waitForAddress(
      String clientAddress, Instant now, LoginThrottlePolicy throttle) {
    RecentFailures forAddress = jdbi.withHandle(handle ->
        failuresWhere(handle, "client_address", clientAddress, throttle.windowStart(now)));
    return throttle.throttle(RecentFailures.none(), forAddress, now);
  }

  @Override
  public void clear(Email account) {
    jdbi.useHandle(handle -> handle
        .createUpdate("DELETE FROM login_failures WHERE account_key = :accountKey")
        .bind("accountKey", accountKey(account))
        .execute());
  }

  /** Held until the transaction ends; a hash collision only makes two keys wait for each other. */
  private static void lock(Handle handle, int kind, String key) {
    handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:kind, :key)")
        .bind("kind", kind)
        .bind("key", key.hashCode())
        .mapTo(Integer.class)
        .one();
  }

  private static void record(Handle handle, String accountKey, String clientAddress, Instant at) {
    handle.createUpdate("""
            INSERT INTO login_failures (account_key, client_address, failed_at)
            VALUES (:accountKey, :clientAddress, :failedAt)""")
        .bind("accountKey", accountKey)
        .bind("clientAddress", clientAddress)
        .bind("failedAt", Timestamps.utc(at))
        .execute();
  }

  /** The column is one of two constants of this class, never caller input. */
  private static RecentFailures failuresWhere(
      Handle handle, String column, String value, Instant since) {
    return new RecentFailures(handle.createQuery(
            "SELECT failed_at FROM login_failures WHERE " + column + " = :value"
                + " AND failed_at >= :since ORDER BY failed_at DESC")
        .bind("value", value)
        .bind("since", Timestamps.utc(since))
        .map((rs, ctx) -> Timestamps.read(rs, "failed_at"))
        .list());
  }

  private static String accountKey(Email account) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(account.value().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
