package com.tailorjob.domain.parse;

import java.util.Locale;

/**
 * A rough grade of how well a CV was understood: GOOD when skills, experience and education were
 * all found in a reasonable amount of text, POOR when little was recognised.
 */
public enum ParseQuality {
  GOOD,
  PARTIAL,
  POOR;

  private static final int ENOUGH_TEXT = 300;

  public static ParseQuality assess(SectionCounts counts, int textLength) {
    int coreSectionsFound = (counts.skills() > 0 ? 1 : 0)
        + (counts.experience() > 0 ? 1 : 0)
        + (counts.education() > 0 ? 1 : 0);
    if (coreSectionsFound == 3 && textLength >= ENOUGH_TEXT) {
      return GOOD;
    }
    return coreSectionsFound >= 1 ? PARTIAL : POOR;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
