package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.SessionRepository;
import com.tailorjob.domain.user.Session;
import com.tailorjob.domain.user.TokenHash;
import com.tailorjob.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Sessions in the {@code sessions} table. A revoked session keeps its row, with the time it was
 * revoked, so that an operator can tell a logout from an expiry.
 */
public final class JdbiSessionRepository implements SessionRepository {

  private final Jdbi jdbi;

  public JdbiSessionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(Session session) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
            VALUES (:tokenHash, :userId, :createdAt, :expiresAt)""")
        .bind("tokenHash", session.tokenHash().hex())
        .bind("userId", session.userId().value())
        .bind("createdAt", Timestamps.utc(session.createdAt()))
        .bind("expiresAt", Timestamps.utc(session.expiresAt()))
        .execute());
  }

  @Override
  public Optional<Session> findActive(TokenHash hash, Instant now) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT token_hash, user_id, created_at, expires_at
            FROM sessions
            WHERE token_hash = :tokenHash AND revoked_at IS NULL AND expires_at > :now""")
        .bind("tokenHash", hash.hex())
        .bind("now", Timestamps.utc(now))
        .map(JdbiSessionRepository::toSession)
        .findOne());
  }

  @Override
  public void revoke(TokenHash hash, Instant now) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            UPDATE sessions SET revoked_at = :now
            WHERE token_hash = :tokenHash AND revoked_at IS NULL""")
        .bind("tokenHash", hash.hex())
        .bind("now", Timestamps.utc(now))
        .execute());
  }

  private static Session toSession(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Session(
        new TokenHash(rs.getString("token_hash")),
        new UserId(rs.getString("user_id")),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "expires_at"));
  }
}
