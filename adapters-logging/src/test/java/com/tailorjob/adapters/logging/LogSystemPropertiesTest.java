package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSystemPropertiesTest {

  private static final String RETRIES = "log4j2.asyncLoggerRetries";
  private static final String SLEEP = "log4j2.asyncLoggerSleepTimeNs";

  @TempDir Path folder;

  private final Properties saved = new Properties();

  @BeforeEach
  void save_the_system_properties() {
    saved.putAll(System.getProperties());
    System.clearProperty(LogSystemProperties.WAIT_STRATEGY);
  }

  @AfterEach
  void restore_the_system_properties() {
    System.setProperties(saved);
  }

  @Test
  void lets_the_background_thread_poll_every_five_milliseconds() {
    LogSystemProperties.apply(settings());

    assertThat(System.getProperty(LogSystemProperties.WAIT_STRATEGY)).isEqualTo("Sleep");
    assertThat(System.getProperty(RETRIES)).isEqualTo("0");
    assertThat(System.getProperty(SLEEP)).isEqualTo("5000000");
  }

  @Test
  void keeps_a_wait_strategy_the_operator_chose() {
    System.setProperty(LogSystemProperties.WAIT_STRATEGY, "Timeout");

    LogSystemProperties.apply(settings());

    assertThat(System.getProperty(LogSystemProperties.WAIT_STRATEGY)).isEqualTo("Timeout");
  }

  private LoggingSettings settings() {
    return new LoggingSettings(folder.resolve("tailorjob.json"), false, Optional.empty(),
        LoggingSettings.API_JOB, "test", false, "INFO", LoggingSettings.DEFAULT_RING_BUFFER_SIZE);
  }
}
