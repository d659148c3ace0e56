package com.tailorjob.application.auth;

import java.time.Duration;

/** Too many failed logins recently; the caller may try again after the given wait. */
public class LoginThrottledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public LoginThrottledException(Duration retryAfter) {
    super("too many failed logins; try again later");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
