package com.tailorjob.domain.match;

/** The components of a match score, each 0-100. */
public record ScoreBreakdown(int skills, int experience, int education, int keywords) {

  public ScoreBreakdown {
    requirePercent(skills);
    requirePercent(experience);
    requirePercent(education);
    requirePercent(keywords);
  }

  private static void requirePercent(int value) {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("a score component is 0-100");
    }
  }
}
