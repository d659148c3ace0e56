package com.tailorjob.adapters.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Moves instants in and out of {@code timestamptz} columns as UTC offset date-times, the type the
 * PostgreSQL driver maps exactly, so the JVM's time zone never shifts a stored instant.
 */
final class Timestamps {

  private Timestamps() {}

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant read(ResultSet rs, String column) throws SQLException {
    return readOptional(rs, column)
        .orElseThrow(() -> new SQLException("column " + column + " is unexpectedly null"));
  }

  static Optional<Instant> readOptional(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
