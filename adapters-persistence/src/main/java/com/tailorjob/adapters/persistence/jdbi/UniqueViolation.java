package com.tailorjob.adapters.persistence.jdbi;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL's unique-violation error for one named constraint in a cause chain. */
final class UniqueViolation {

  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolation() {}

  static boolean of(Throwable failure, String constraint) {
    return sqlCause(failure)
        .filter(e -> UNIQUE_VIOLATION.equals(e.getSQLState()))
        .flatMap(UniqueViolation::constraintName)
        .filter(constraint::equals)
        .isPresent();
  }

  private static Optional<SQLException> sqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> constraintName(SQLException e) {
    if (!(e instanceof PSQLException psql)) {
      return Optional.empty();
    }
    return Optional.ofNullable(psql.getServerErrorMessage())
        .map(ServerErrorMessage::getConstraint);
  }
}
