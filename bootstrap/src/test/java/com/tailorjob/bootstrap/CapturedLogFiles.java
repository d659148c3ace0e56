package com.tailorjob.bootstrap;

import com.tailorjob.adapters.logging.FilenamePolicy;
import com.tailorjob.adapters.logging.Log4jObservability;
import com.tailorjob.adapters.logging.TailorJobLogging;
import com.tailorjob.application.port.out.Observability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;

/**
 * A private log4j context on the service's own configuration file, writing its text and JSON
 * lines into a folder, so a test reads exactly what an operator would. The system properties
 * the file reads are set only while the context starts.
 */
final class CapturedLogFiles implements AutoCloseable {

  private final Path textFile;
  private final Path jsonFile;
  private final LoggerContext context;

  private CapturedLogFiles(Path folder) {
    this.textFile = folder.resolve("tailorjob.log");
    this.jsonFile = folder.resolve("tailorjob.json");
    this.context = new LoggerContext("captured-" + folder.getFileName());
    Map<String, String> properties = Map.of(
        "tailorjob.logging.json.file", jsonFile.toString(),
        "tailorjob.logging.text.file", textFile.toString(),
        "tailorjob.logging.text.stdout", "false");
    Map<String, String> previous = new HashMap<>();
    properties.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
    try {
      context.start(new XmlConfiguration(context, configuration()));
    } finally {
      previous.forEach(CapturedLogFiles::restore);
    }
  }

  static CapturedLogFiles in(Path folder) {
    return new CapturedLogFiles(folder);
  }

  Observability observability(FilenamePolicy filenames) {
    return new Log4jObservability(filenames, context);
  }

  /** Stops the context, which flushes both files, and returns the text and JSON lines. */
  String everything() {
    close();
    return read(textFile) + read(jsonFile);
  }

  @Override
  public void close() {
    if (context.isStarted()) {
      context.stop();
    }
  }

  private static ConfigurationSource configuration() {
    try {
      return ConfigurationSource.fromResource(
          TailorJobLogging.CONFIGURATION, CapturedLogFiles.class.getClassLoader());
    } catch (RuntimeException e) {
      throw new IllegalStateException("the logging configuration is not on the classpath", e);
    }
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
