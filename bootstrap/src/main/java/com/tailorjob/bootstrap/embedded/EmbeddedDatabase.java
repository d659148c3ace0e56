package com.tailorjob.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL server the service starts for itself when no database URL is configured. Its
 * data directory survives restarts, so a local run keeps its accounts and CVs.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDirectory) {
    if ("root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException("embedded PostgreSQL refuses to run as root; start the "
          + "service with ./mvnw (for root it runs Java through .mvn/rootless/bin/java), run it "
          + "as an ordinary user, or set TAILORJOB_DATABASE_URL to an external database");
    }
    try {
      Path directory = dataDirectory.resolve("postgres").toAbsolutePath();
      Files.createDirectories(directory);
      // The server's own output goes to a file beside its data rather than through the
      // service's loggers, which stop before the server has finished shutting down.
      Redirect serverLog = Redirect.appendTo(dataDirectory.resolve("postgres.log").toFile());
      return new EmbeddedDatabase(EmbeddedPostgres.builder()
          .setDataDirectory(directory)
          .setCleanDataDirectory(false)
          .setOutputRedirector(serverLog)
          .setErrorRedirector(serverLog)
          // An error's DETAIL quotes the row's values (an e-mail address that is already
          // registered); terse errors and no failing statement keep them out of that file.
          .setServerConfig("log_error_verbosity", "terse")
          .setServerConfig("log_min_error_statement", "panic")
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    } catch (IllegalStateException e) {
      if (String.valueOf(e.getMessage()).contains("could not lock")) {
        throw new IllegalStateException("the embedded database under " + dataDirectory
            + " is in use by another TailorJob process; stop it or set TAILORJOB_DATA_DIR", e);
      }
      throw e;
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
