package com.tailorjob.adapters.http;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Costs as clients see them: US dollars as a JSON number rounded to a millionth, which a double
 * on the client holds without loss for any amount this service could bill.
 */
final class UsdAmounts {

  private static final int DECIMALS = 6;

  private UsdAmounts() {}

  static BigDecimal rounded(BigDecimal usd) {
    return usd.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
