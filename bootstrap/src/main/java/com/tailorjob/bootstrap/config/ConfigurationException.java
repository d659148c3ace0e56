package com.tailorjob.bootstrap.config;

/** A setting is missing or malformed; the message names the setting and what it accepts. */
public class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
