package com.tailorjob.domain.match;

import java.math.BigDecimal;
import java.util.Objects;

/** Tokens a match consumed and what they cost in US dollars; local work costs nothing. */
public record TokenUsage(long inputTokens, long outputTokens, BigDecimal costUsd) {

  public TokenUsage {
    Objects.requireNonNull(costUsd, "costUsd");
    if (inputTokens < 0 || outputTokens < 0 || costUsd.signum() < 0) {
      throw new IllegalArgumentException("token counts and cost cannot be negative");
    }
  }

  public static TokenUsage none() {
    return new TokenUsage(0, 0, BigDecimal.ZERO);
  }

  public long totalTokens() {
    return inputTokens + outputTokens;
  }

  public TokenUsage plus(TokenUsage other) {
    return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
        costUsd.add(other.costUsd));
  }
}
