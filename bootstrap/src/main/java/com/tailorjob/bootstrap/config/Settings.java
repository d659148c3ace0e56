package com.tailorjob.bootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Raw settings: environment variables override an optional properties file. A key is written
 * {@code TAILORJOB_HTTP_PORT} in the environment and {@code tailorjob.http.port} in the file.
 * Typed getters fail with a message that names the setting.
 */
public final class Settings {

  /** Points at the optional properties file; {@code ./tailorjob.properties} when unset. */
  public static final String FILE_VARIABLE = "TAILORJOB_CONFIG_FILE";

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static Settings of(Map<String, String> environmentStyle) {
    return new Settings(environmentStyle);
  }

  /** Reads the properties file, if any, then lays the environment over it. */
  public static Settings load(Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>();
    Path file = Path.of(environment.getOrDefault(FILE_VARIABLE, "tailorjob.properties"));
    if (Files.isRegularFile(file)) {
      Properties properties = readFile(file);
      properties.stringPropertyNames()
          .forEach(key -> merged.put(toVariable(key), properties.getProperty(key)));
    } else if (environment.containsKey(FILE_VARIABLE)) {
      throw new ConfigurationException(FILE_VARIABLE + " names a file that does not exist");
    }
    environment.forEach((key, value) -> {
      if (key.startsWith("TAILORJOB_")) {
        merged.put(key, value);
      }
    });
    return new Settings(merged);
  }

  public Optional<String> optional(String key) {
    return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  public String text(String key, String fallback) {
    return optional(key).orElse(fallback);
  }

  public int integer(String key, int fallback, int min, int max) {
    long value = number(key, fallback);
    if (value < min || value > max) {
      throw new ConfigurationException(
          key + " must be between " + min + " and " + max + ", got " + value);
    }
    return (int) value;
  }

  public long positiveLong(String key, long fallback) {
    long value = number(key, fallback);
    if (value < 1) {
      throw new ConfigurationException(key + " must be positive, got " + value);
    }
    return value;
  }

  public boolean flag(String key, boolean fallback) {
    Optional<String> raw = optional(key).map(v -> v.toLowerCase(Locale.ROOT));
    if (raw.isEmpty()) {
      return fallback;
    }
    return switch (raw.get()) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new ConfigurationException(key + " must be true or false");
    };
  }

  public Duration duration(String key, Duration fallback) {
    Optional<String> raw = optional(key);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      Duration value = Duration.parse(raw.get());
      if (value.isNegative() || value.isZero()) {
        throw new ConfigurationException(key + " must be a positive duration");
      }
      return value;
    } catch (DateTimeParseException e) {
      throw new ConfigurationException(
          key + " must be an ISO-8601 duration such as PT15M or PT12H");
    }
  }

  public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    Optional<String> raw = optional(key);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, raw.get().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(key + " must be one of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
  }

  private long number(String key, long fallback) {
    Optional<String> raw = optional(key);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(raw.get());
    } catch (NumberFormatException e) {
      throw new ConfigurationException(key + " must be a whole number");
    }
  }

  private static Properties readFile(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read the settings file " + file);
    }
    return properties;
  }

  static String toVariable(String propertyKey) {
    return propertyKey.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
