package com.tailorjob.domain.cv;

import java.util.Arrays;
import java.util.Locale;

/** Where a CV stands in its life: uploaded, then parsing, then parsed or failed. */
public enum CvStatus {
  UPLOADED,
  PARSING,
  PARSED,
  FAILED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CvStatus fromCode(String code) {
    return Arrays.stream(values())
        .filter(status -> status.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown CV status"));
  }
}
