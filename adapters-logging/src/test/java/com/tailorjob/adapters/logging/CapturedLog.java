package com.tailorjob.adapters.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;

/**
 * A private log4j context running the service's real configuration file, writing JSON and text
 * lines to files in a temporary folder; the lines are read back once the context has stopped.
 */
final class CapturedLog {

  static final String EXCEPTION_SEPARATOR = " | ";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path jsonFile;
  private final Path textFile;
  private final LoggerContext context;

  private CapturedLog(Path folder) {
    this.jsonFile = folder.resolve("tailorjob.json");
    this.textFile = folder.resolve("tailorjob.log");
    System.setProperty(LogSystemProperties.JSON_FILE, jsonFile.toString());
    System.setProperty(LogSystemProperties.TEXT_FILE, textFile.toString());
    System.setProperty(LogSystemProperties.TEXT_STDOUT, "false");
    System.setProperty(LogSystemProperties.JOB, "tailorjob-api");
    System.setProperty(LogSystemProperties.ENV, "test");
    System.setProperty(LogSystemProperties.LEVEL, "INFO");
    this.context = new LoggerContext("captured-" + folder.getFileName());
    context.start(new XmlConfiguration(context, configuration()));
  }

  static CapturedLog in(Path folder) {
    return new CapturedLog(folder);
  }

  Log4jObservability observability() {
    return observability(FilenamePolicy.AS_GIVEN);
  }

  Log4jObservability observability(FilenamePolicy filenames) {
    return new Log4jObservability(filenames, context);
  }

  Log4jObservability observability(Clock clock) {
    return new Log4jObservability(FilenamePolicy.AS_GIVEN, context::getLogger, clock);
  }

  /** A logger of this context, as a library that logs through log4j would get it. */
  Logger logger(String name) {
    return context.getLogger(name);
  }

  /** Stops the context, which flushes both files, and returns the text lines. */
  List<String> textLines() {
    stop();
    return read(textFile);
  }

  /** Stops the context, which flushes both files, and returns the JSON lines parsed. */
  List<JsonNode> jsonLines() {
    stop();
    return read(jsonFile).stream().map(CapturedLog::parse).toList();
  }

  /**
   * The text of each line after the level, request id and logger, and before the exception
   * that may follow after {@code " | "}: the event's own words.
   */
  List<String> messages() {
    return textLines().stream()
        .filter(line -> line.contains(" - "))
        .map(CapturedLog::message)
        .toList();
  }

  private static String message(String line) {
    int start = line.indexOf(" - ") + 3;
    int exception = line.indexOf(EXCEPTION_SEPARATOR, start);
    return line.substring(start, exception < 0 ? line.length() : exception);
  }

  private void stop() {
    if (context.isStarted()) {
      context.stop();
    }
  }

  private static ConfigurationSource configuration() {
    try {
      return ConfigurationSource.fromResource(
          TailorJobLogging.CONFIGURATION, CapturedLog.class.getClassLoader());
    } catch (RuntimeException e) {
      throw new IllegalStateException("the logging configuration is not on the classpath", e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON line: " + line, e);
    }
  }
}
