package com.tailorjob.adapters.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a PostgreSQL schema up to the version this code expects, using Flyway. */
public final class DatabaseMigrations {

  private static final String LOCATION = "classpath:db/migration";

  private DatabaseMigrations() {}

  /**
   * Applies every pending migration; safe to call on each start and from several nodes at once,
   * because Flyway serialises concurrent runs with a database lock.
   *
   * @return how many migrations were applied
   */
  public static int migrate(DataSource dataSource) {
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load();

    return flyway.migrate().migrationsExecuted;
  }
}
