package com.tailorjob.adapters.ai.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A short plain sentence on what to add or change, such as "Add evidence of Kubernetes and
 * Terraform; your experience with Java and SQL matches."
 */
final class Explanation {

  private static final int NAMED = 4;
  private static final int WEAK_EXPERIENCE = 50;

  private Explanation() {}

  static String of(SkillCoverage coverage, int experience, String jobTitle,
      SkillVocabulary vocabulary) {
    List<String> parts = new ArrayList<>();
    if (!coverage.missing().isEmpty()) {
      parts.add("add evidence of " + names(coverage.missing(), vocabulary));
    }
    if (!coverage.mentioned().isEmpty()) {
      parts.add("list " + names(coverage.mentioned(), vocabulary)
          + " in your skills section, not only in your experience");
    }
    if (experience < WEAK_EXPERIENCE) {
      parts.add("show more experience as " + article(jobTitle) + " " + jobTitle.strip());
    }
    if (!coverage.listed().isEmpty()) {
      parts.add("your experience with " + names(coverage.listed(), vocabulary) + " matches");
    }
    if (coverage.isEmpty()) {
      parts.add(0, "the posting names no skills we recognise, so compare your summary with it");
    } else if (coverage.missing().isEmpty() && coverage.mentioned().isEmpty()) {
      parts.add(0, "your skills cover everything the posting asks for");
    }
    return sentence(parts);
  }

  private static String names(List<String> skills, SkillVocabulary vocabulary) {
    List<String> shown = skills.stream().limit(NAMED).map(vocabulary::displayName).toList();
    if (skills.size() > NAMED) {
      int others = skills.size() - NAMED;
      return String.join(", ", shown) + " and " + others + (others == 1 ? " other" : " others");
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1))
        + " and " + shown.get(shown.size() - 1);
  }

  private static String article(String title) {
    String first = title.strip().toLowerCase(Locale.ROOT);
    return !first.isEmpty() && "aeiou".indexOf(first.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String sentence(List<String> parts) {
    String text = String.join("; ", parts);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }
}
