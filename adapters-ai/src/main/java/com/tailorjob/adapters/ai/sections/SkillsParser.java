package com.tailorjob.adapters.ai.sections;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a skills section into a list of distinct, lower-case skills in the order written.
 * Separators inside parentheses are kept, so "Python (pandas, NumPy)" stays one skill.
 */
final class SkillsParser {

  private static final Pattern CATEGORY = Pattern.compile("^[A-Za-z][\\w &/+-]{0,40}:\\s*");
  private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—*]\\s");
  private static final String SEPARATORS = ",;|•·▪●◦■";
  private static final int MAX_WORDS = 6;
  private static final int MAX_LENGTH = 60;

  private SkillsParser() {}

  static List<String> parse(List<String> lines) {
    Set<String> skills = new LinkedHashSet<>();
    for (String line : lines) {
      String items = CvLines.withoutBullet(withoutCategory(line));
      for (String item : split(SPACED_DASH.matcher(items).replaceAll(" | "))) {
        normalise(item).ifPresent(skills::add);
      }
    }
    return List.copyOf(skills);
  }

  /** "Languages: Java, Go" lists two skills; the label before the colon is not one. */
  private static String withoutCategory(String line) {
    String item = CvLines.withoutBullet(line);
    Matcher category = CATEGORY.matcher(item);
    if (category.find() && category.group().split(" ").length <= 4) {
      return item.substring(category.end());
    }
    return item;
  }

  private static List<String> split(String line) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    int depth = 0;
    for (char c : line.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
      if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items;
  }

  private static Optional<String> normalise(String item) {
    String skill = CvLines.collapseWhiteSpace(item.strip()).toLowerCase(Locale.ROOT);
    if (skill.endsWith(".")) {
      skill = skill.substring(0, skill.length() - 1).strip();
    }
    boolean plausible = !skill.isEmpty()
        && skill.length() <= MAX_LENGTH
        && skill.split(" ").length <= MAX_WORDS;
    return plausible ? Optional.of(skill) : Optional.empty();
  }
}
