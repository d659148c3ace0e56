package com.tailorjob.bootstrap.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir Path dataDirectory;

  /** A failed test must not leave a server running on a folder that is about to go. */
  @AfterEach
  void stopAnyServerLeftRunning() throws IOException {
    serverLeftRunning().ifPresent(ProcessHandle::destroy);
  }

  @Test
  void starts_again_on_the_data_of_a_service_that_was_killed_outright() throws Exception {
    Process killed = holdDatabaseInAnotherJvm();
    killed.destroyForcibly();
    killed.waitFor(30, TimeUnit.SECONDS);
    assertThat(serverStillRunning()).as("the killed JVM's server is left running").isTrue();

    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {

      assertThat(selectOne(database)).isEqualTo(1);
    }
  }

  private Process holdDatabaseInAnotherJvm() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        HoldEmbeddedDatabase.class.getName(), dataDirectory.toString())
        .redirectErrorStream(true)
        .start();
    BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = output.readLine()) != null) {
      if (line.contains(HoldEmbeddedDatabase.READY)) {
        return process;
      }
    }
    throw new AssertionError("the embedded database did not start in the other JVM");
  }

  private boolean serverStillRunning() throws IOException {
    return serverLeftRunning().isPresent();
  }

  private Optional<ProcessHandle> serverLeftRunning() throws IOException {
    Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }

  private static int selectOne(EmbeddedDatabase database) throws SQLException {
    try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
        ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
      result.next();
      return result.getInt(1);
    }
  }
}
