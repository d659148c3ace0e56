package com.tailorjob.application.port.out;

import com.tailorjob.domain.match.TokenUsage;
import java.util.Objects;

/**
 * A matcher's model provider could not give an answer; the reason is a short stable code. A
 * provider may still have billed the attempt (an answer that arrived but could not be read):
 * {@link #spent()} says what it cost.
 */
public class MatcherUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final transient TokenUsage spent;

  public MatcherUnavailableException(String reason, String message, Throwable cause) {
    this(reason, message, cause, TokenUsage.none());
  }

  public MatcherUnavailableException(
      String reason, String message, Throwable cause, TokenUsage spent) {
    super(message, cause);
    this.reason = reason;
    this.spent = Objects.requireNonNull(spent, "spent");
  }

  /** The same failure, with what the provider reported for the attempt. */
  public MatcherUnavailableException spending(TokenUsage usage) {
    MatcherUnavailableException billed =
        new MatcherUnavailableException(reason, getMessage(), getCause(), usage);
    billed.setStackTrace(getStackTrace());
    return billed;
  }

  /** Tokens and dollars the failed attempt cost; none when the provider never answered. */
  public TokenUsage spent() {
    return spent == null ? TokenUsage.none() : spent;
  }

  /** Such as {@code timeout}, {@code rate_limited}, {@code provider_error}, {@code bad_answer}. */
  public String reason() {
    return reason;
  }
}
