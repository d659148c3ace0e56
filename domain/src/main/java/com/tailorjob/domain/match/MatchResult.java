package com.tailorjob.domain.match;

import java.util.List;
import java.util.Objects;

/**
 * How well a CV fits a job: a score of 0-100, the skills found and missing, the breakdown, a
 * short explanation of what to add or change, and what the analysis cost.
 */
public record MatchResult(
    int score,
    MatcherVersion version,
    String model,
    List<String> matchedSkills,
    List<String> missingSkills,
    ScoreBreakdown breakdown,
    String explanation,
    TokenUsage usage) {

  public MatchResult {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(usage, "usage");
    matchedSkills = List.copyOf(matchedSkills);
    missingSkills = List.copyOf(missingSkills);
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("a match score is 0-100");
    }
  }
}
