package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.EmailAlreadyRegisteredException;
import com.tailorjob.application.port.out.UserRepository;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/** Registered accounts in the {@code users} table. */
public final class JdbiUserRepository implements UserRepository {

  private static final String EMAIL_UNIQUE = "users_email_unique";

  private static final String COLUMNS = "id, email, password_hash, registered_at";

  private final Jdbi jdbi;

  public JdbiUserRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(User user) {
    try {
      jdbi.useHandle(handle -> handle.createUpdate("""
              INSERT INTO users (id, email, password_hash, registered_at)
              VALUES (:id, :email, :passwordHash, :registeredAt)""")
          .bind("id", user.id().value())
          .bind("email", user.email().value())
          .bind("passwordHash", user.passwordHash())
          .bind("registeredAt", Timestamps.utc(user.registeredAt()))
          .execute());
    } catch (JdbiException e) {
      if (UniqueViolation.of(e, EMAIL_UNIQUE)) {
        throw new EmailAlreadyRegisteredException(e);
      }
      throw e;
    }
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
        .bind("email", email.value())
        .map(JdbiUserRepository::toUser)
        .findOne());
  }

  @Override
  public Optional<User> find(UserId id) {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
        .bind("id", id.value())
        .map(JdbiUserRepository::toUser)
        .findOne());
  }

  private static User toUser(ResultSet rs, StatementContext ctx) throws SQLException {
    return new User(
        new UserId(rs.getString("id")),
        new Email(rs.getString("email")),
        rs.getString("password_hash"),
        Timestamps.read(rs, "registered_at"));
  }
}
