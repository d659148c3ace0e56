package com.tailorjob.application.auth;

/** The e-mail address or password given at registration is not acceptable. */
public class InvalidRegistrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public InvalidRegistrationException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A stable code such as {@code invalid_email} or {@code weak_password}. */
  public String reason() {
    return reason;
  }
}
