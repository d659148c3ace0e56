package com.tailorjob.adapters.ai.matching.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What a chat model costs, in US dollars per million input and per million output tokens. */
public record ModelPrice(BigDecimal inputPerMillionUsd, BigDecimal outputPerMillionUsd) {

  public static final ModelPrice FREE = new ModelPrice(BigDecimal.ZERO, BigDecimal.ZERO);
  static final int COST_SCALE = 6;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  public ModelPrice {
    Objects.requireNonNull(inputPerMillionUsd, "inputPerMillionUsd");
    Objects.requireNonNull(outputPerMillionUsd, "outputPerMillionUsd");
    if (inputPerMillionUsd.signum() < 0 || outputPerMillionUsd.signum() < 0) {
      throw new IllegalArgumentException("a model price cannot be negative");
    }
  }

  public static ModelPrice of(String inputPerMillionUsd, String outputPerMillionUsd) {
    return new ModelPrice(new BigDecimal(inputPerMillionUsd), new BigDecimal(outputPerMillionUsd));
  }

  /** The cost of one call, rounded half-up to {@value #COST_SCALE} decimals (a millionth $). */
  public BigDecimal costOf(long inputTokens, long outputTokens) {
    BigDecimal cost = inputPerMillionUsd.multiply(BigDecimal.valueOf(inputTokens))
        .add(outputPerMillionUsd.multiply(BigDecimal.valueOf(outputTokens)));
    return cost.divide(MILLION, COST_SCALE, RoundingMode.HALF_UP);
  }
}
