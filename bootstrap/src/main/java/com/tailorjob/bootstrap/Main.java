package com.tailorjob.bootstrap;

import com.tailorjob.adapters.logging.LoggingSettings;
import com.tailorjob.adapters.logging.TailorJobLogging;
import com.tailorjob.bootstrap.config.ConfigurationException;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Starts TailorJob as a service, configured from the environment and an optional file. */
public final class Main {

  private static final int MISCONFIGURED = 2;
  private static final int FAILED_TO_START = 1;

  private Main() {}

  public static void main(String[] args) {
    TailorJobConfig config = configOrExit();
    TailorJobLogging logging = TailorJobLogging.start(loggingSettings(config));

    Service service;
    try {
      service = Service.start(config, logging.observability());
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(Main.class).error("TailorJob failed to start: {}",
          StartFailure.reason(e), e);
      logging.close();
      System.exit(FAILED_TO_START);
      return;
    }

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      logging.close();
    }, "tailorjob-shutdown"));
  }

  static LoggingSettings loggingSettings(TailorJobConfig config) {
    TailorJobConfig.Logging logging = config.logging();
    String job = config.mode() == TailorJobConfig.Mode.WORKER
        ? LoggingSettings.WORKER_JOB
        : LoggingSettings.API_JOB;
    return new LoggingSettings(logging.jsonFile(), logging.text(), Optional.empty(), job,
        logging.env(), logging.hashFilenames(), logging.level(), logging.ringBufferSize());
  }

  private static TailorJobConfig configOrExit() {
    try {
      return TailorJobConfig.fromEnvironment();
    } catch (ConfigurationException e) {
      System.err.println("TailorJob cannot start: " + e.getMessage());
      System.exit(MISCONFIGURED);
      throw e;
    }
  }
}
