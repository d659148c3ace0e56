package com.tailorjob.domain.parse;

/** How many items each section of a parsed CV holds. */
public record SectionCounts(int skills, int experience, int education, int certifications) {

  public SectionCounts {
    if (skills < 0 || experience < 0 || education < 0 || certifications < 0) {
      throw new IllegalArgumentException("section counts cannot be negative");
    }
  }

  public int total() {
    return skills + experience + education + certifications;
  }
}
