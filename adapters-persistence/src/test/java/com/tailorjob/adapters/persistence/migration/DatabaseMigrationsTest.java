package com.tailorjob.adapters.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.testing.PostgresFixture;
import com.tailorjob.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseMigrationsTest {

  @Test
  void creates_every_table_in_an_empty_database() throws SQLException {
    try (TestDatabase database = PostgresFixture.createEmptyDatabase()) {

      int applied = DatabaseMigrations.migrate(database.dataSource());

      assertThat(applied).isPositive();
      assertThat(tablesOf(database)).contains(
          "users", "sessions", "login_failures", "cvs", "cv_parse_queue", "cv_parse_results",
          "notifications", "jobs", "match_cache", "usage_ledger", "pending_file_removals");
    }
  }

  @Test
  void applies_nothing_to_a_database_that_is_up_to_date() {
    try (TestDatabase database = PostgresFixture.createEmptyDatabase()) {
      DatabaseMigrations.migrate(database.dataSource());

      int applied = DatabaseMigrations.migrate(database.dataSource());

      assertThat(applied).isZero();
    }
  }

  private static List<String> tablesOf(TestDatabase database) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows = connection.getMetaData()
            .getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
