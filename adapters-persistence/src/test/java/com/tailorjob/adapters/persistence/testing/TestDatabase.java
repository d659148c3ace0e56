package com.tailorjob.adapters.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A database of the embedded server that belongs to one test class, behind a small pool. */
public final class TestDatabase implements AutoCloseable {

  private static final int POOL_SIZE = 6;

  private final String name;
  private final String jdbcUrl;
  private final HikariDataSource dataSource;

  TestDatabase(String name, String jdbcUrl) {
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.dataSource = pool(name, jdbcUrl);
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return PostgresFixture.USER;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Empties every application table, keeping the schema and Flyway's history. */
  public void deleteAllRows() {
    List<String> tables = applicationTables();
    if (tables.isEmpty()) {
      return;
    }
    execute("TRUNCATE TABLE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
  }

  /** Runs one statement, such as a test-only trigger. */
  public void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database refused: " + sql, e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
    PostgresFixture.executeOnServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private List<String> applicationTables() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables"
            + " WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'")) {
      List<String> tables = new ArrayList<>();
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException("could not list the test database's tables", e);
    }
  }

  private static HikariDataSource pool(String name, String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(PostgresFixture.USER);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }
}
