package com.tailorjob.domain.match;

import java.util.Arrays;

/** The matchers TailorJob offers: v3.0 is local and free, v5.1 uses AI models. */
public enum MatcherVersion {
  V3_0("v3.0"),
  V5_1("v5.1");

  private final String label;

  MatcherVersion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static MatcherVersion fromLabel(String label) {
    return Arrays.stream(values())
        .filter(version -> version.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown matcher version"));
  }
}
