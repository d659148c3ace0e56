package com.tailorjob.adapters.persistence.testing;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own migrated database on the shared embedded PostgreSQL server and
 * empties it before each test. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();
 * }</pre>
 */
public final class EmbeddedPostgresExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private TestDatabase database;

  @Override
  public void beforeAll(ExtensionContext context) {
    database = PostgresFixture.createMigratedDatabase();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    database().deleteAllRows();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  public DataSource dataSource() {
    return database().dataSource();
  }

  public TestDatabase database() {
    if (database == null) {
      throw new IllegalStateException(
          "register EmbeddedPostgresExtension on a static field, so it runs before all tests");
    }
    return database;
  }
}
