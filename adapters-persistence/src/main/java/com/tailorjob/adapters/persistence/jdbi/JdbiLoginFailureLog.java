package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.LoginFailureLog;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.RecentFailures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jdbi.v3.core.Jdbi;

/**
 * Failed logins in the {@code login_failures} table, shared by every API node. Accounts are
 * keyed by the SHA-256 of their address, so the table holds no address in clear.
 */
public final class JdbiLoginFailureLog implements LoginFailureLog {

  private final Jdbi jdbi;

  public JdbiLoginFailureLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void record(Email account, String clientAddress, Instant at) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO login_failures (account_key, client_address, failed_at)
            VALUES (:accountKey, :clientAddress, :failedAt)""")
        .bind("accountKey", accountKey(account))
        .bind("clientAddress", clientAddress)
        .bind("failedAt", Timestamps.utc(at))
        .execute());
  }

  @Override
  public RecentFailures forAccount(Email account, Instant since) {
    return failuresWhere("account_key", accountKey(account), since);
  }

  @Override
  public RecentFailures forAddress(String clientAddress, Instant since) {
    return failuresWhere("client_address", clientAddress, since);
  }

  @Override
  public void clear(Email account) {
    jdbi.useHandle(handle -> handle
        .createUpdate("DELETE FROM login_failures WHERE account_key = :accountKey")
        .bind("accountKey", accountKey(account))
        .execute());
  }

  /** The column is one of two constants of this class, never caller input. */
  private RecentFailures failuresWhere(String column, String value, Instant since) {
    return new RecentFailures(jdbi.withHandle(handle -> handle.createQuery(
            "SELECT failed_at FROM login_failures WHERE " + column + " = :value"
                + " AND failed_at >= :since ORDER BY failed_at DESC")
        .bind("value", value)
        .bind("since", Timestamps.utc(since))
        .map((rs, ctx) -> Timestamps.read(rs, "failed_at"))
        .list()));
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
