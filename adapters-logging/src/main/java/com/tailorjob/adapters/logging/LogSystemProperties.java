package com.tailorjob.adapters.logging;

/** The system properties log4j reads when it initialises, filled from the settings. */
final class LogSystemProperties {

  static final String JSON_FILE = "tailorjob.logging.json.file";
  static final String TEXT_STDOUT = "tailorjob.logging.text.stdout";
  static final String TEXT_FILE = "tailorjob.logging.text.file";
  static final String JOB = "tailorjob.logging.job";
  static final String ENV = "tailorjob.logging.env";
  static final String LEVEL = "tailorjob.logging.level";
  static final String WAIT_STRATEGY = "log4j2.asyncLoggerWaitStrategy";
  static final long POLL_INTERVAL_NANOS = 5_000_000;

  private LogSystemProperties() {}

  static void apply(LoggingSettings settings) {
    applyLog4j(settings);
    applyConfiguration(settings);
  }

  private static void applyLog4j(LoggingSettings settings) {
    // An operator's own configuration file, given on the command line, wins over ours.
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", TailorJobLogging.CONFIGURATION);
    }
    System.setProperty("log4j2.contextSelector",
        "org.apache.logging.log4j.core.async.AsyncLoggerContextSelector");
    System.setProperty("log4j2.asyncLoggerRingBufferSize",
        Integer.toString(settings.ringBufferSize()));
    pollForEvents();
    System.setProperty("log4j2.asyncQueueFullPolicy", "Discard");
    System.setProperty("log4j2.discardThreshold", "INFO");
    // Javalin brings the servlet API, which would otherwise switch log4j to web-app mode.
    System.setProperty("log4j2.isWebapp", "false");
    System.setProperty("log4j2.shutdownHookEnabled", "false");
  }

  /**
   * The background thread looks for events every few milliseconds instead of being woken for
   * each one. Waking it took the caller 3.1% of a 1 ms upload on two cores; polling takes 0.4
   * to 1.0%, and an idle service no measurable CPU, while a line reaches its file at most 5 ms
   * later. An operator's own wait strategy, given on the command line, is kept.
   */
  private static void pollForEvents() {
    if (System.getProperty(WAIT_STRATEGY) == null) {
      System.setProperty(WAIT_STRATEGY, "Sleep");
      System.setProperty("log4j2.asyncLoggerRetries", "0");
      System.setProperty("log4j2.asyncLoggerSleepTimeNs", Long.toString(POLL_INTERVAL_NANOS));
    }
  }

  private static void applyConfiguration(LoggingSettings settings) {
    System.setProperty(JSON_FILE, settings.jsonFile().toString());
    System.setProperty(TEXT_STDOUT, Boolean.toString(settings.textToStdout()));
    settings.textFile().ifPresentOrElse(
        file -> System.setProperty(TEXT_FILE, file.toString()),
        () -> System.clearProperty(TEXT_FILE));
    System.setProperty(JOB, settings.job());
    System.setProperty(ENV, settings.env());
    System.setProperty(LEVEL, settings.rootLevel());
  }
}
