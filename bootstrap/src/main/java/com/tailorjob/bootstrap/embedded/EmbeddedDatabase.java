package com.tailorjob.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the service starts for itself when no database URL is configured. Its
 * data directory survives restarts, so a local run keeps its accounts and CVs. It stops when
 * the service closes it, after everything that uses it, never on a shutdown hook of its own.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

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
      Path directory = dataDirectory.resolve("postgres").toAbsolutePath().normalize();
      Files.createDirectories(directory);
      stopServerLeftRunning(directory);
      // The server's own output goes to a file beside its data rather than through the
      // service's loggers, which stop before the server has finished shutting down.
      Redirect serverLog = Redirect.appendTo(dataDirectory.resolve("postgres.log").toFile());
      return new EmbeddedDatabase(EmbeddedPostgres.builder()
          .setDataDirectory(directory)
          .setCleanDataDirectory(false)
          .setOutputRedirector(serverLog)
          .setErrorRedirector(serverLog)
          // Its own hook would stop the server while the worker still writes a parse result.
          .setRegisterShutdownHook(false)
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

  /**
   * A service killed outright (SIGKILL, the OOM killer) leaves its server running on the data
   * directory, where a new server cannot start. That server serves nobody any more; it is asked
   * to stop (SIGTERM, PostgreSQL's smart shutdown, which is quick once no client is left). Only
   * a {@code postgres} process started on this very directory is touched.
   */
  private static void stopServerLeftRunning(Path directory) throws IOException {
    Optional<ProcessHandle> server = serverLeftRunning(directory);
    if (server.isEmpty()) {
      return;
    }

    long pid = server.get().pid();
    LOG.warn("Stopping the embedded PostgreSQL server that a TailorJob process killed before "
        + "it could stop it left running: pid={}, directory={}", pid, directory);
    server.get().destroy();
    try {
      server.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the embedded database stopped", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the PostgreSQL server " + pid + " left running on "
          + directory + " did not stop; stop it before starting TailorJob", e);
    }
  }

  private static Optional<ProcessHandle> serverLeftRunning(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    if (lines.size() < 2 || !directory.toString().equals(lines.get(1).strip())) {
      return Optional.empty();
    }
    return pid(lines.get(0))
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(process -> isPostgresOn(process, directory));
  }

  private static Optional<Long> pid(String line) {
    try {
      return Optional.of(Long.parseLong(line.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgresOn(ProcessHandle process, Path directory) {
    ProcessHandle.Info info = process.info();
    boolean postgres = info.command()
        .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
        .orElse(false);
    boolean onDirectory = info.arguments()
        .map(arguments -> List.of(arguments).contains(directory.toString()))
        .orElse(false);
    return postgres && onDirectory;
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
