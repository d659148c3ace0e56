package com.tailorjob.application.port.out;

/** A matcher's model provider could not give an answer; the reason is a short stable code. */
public class MatcherUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public MatcherUnavailableException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Such as {@code timeout}, {@code rate_limited}, {@code provider_error}, {@code bad_answer}. */
  public String reason() {
    return reason;
  }
}
