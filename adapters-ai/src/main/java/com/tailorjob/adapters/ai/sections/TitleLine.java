package com.tailorjob.adapters.ai.sections;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits "Title at Company", "Title | Company", "Title – Company" and "Title, Company" lines,
 * and puts the part that names a role first when the CV wrote the employer first.
 */
final class TitleLine {

  /** A role and an organisation, either of which may be empty. */
  record RoleAndPlace(String role, String place) {}

  private static final List<Pattern> SPLITTERS = List.of(
      Pattern.compile("\\s+at\\s+|\\s+@\\s+"),
      Pattern.compile("\\s*\\|\\s*"),
      Pattern.compile("\\s+[-–—]\\s+"),
      Pattern.compile(",\\s+"));

  private static final Pattern ROLE_WORD = Pattern.compile("\\b(?:engineer|developer|manager"
      + "|analyst|nurse|consultant|director|lead|architect|designer|scientist|intern|assistant"
      + "|specialist|officer|administrator|coordinator|technician|head|executive|supervisor"
      + "|programmer|tester|teacher|accountant|practitioner|midwife|researcher|founder|owner"
      + "|advisor|adviser|representative|clerk|operator|associate|president|cto|ceo|vp"
      + "|sister|charge|staff|senior|junior|principal)\\b");

  private TitleLine() {}

  /** True when the line is written as a role and a place joined by a separator. */
  static boolean isJoined(String line) {
    return SPLITTERS.stream().anyMatch(splitter -> splitter.matcher(line).find());
  }

  static RoleAndPlace split(String line) {
    for (Pattern splitter : SPLITTERS) {
      Matcher matcher = splitter.matcher(line);
      if (matcher.find()) {
        return ordered(line.substring(0, matcher.start()), line.substring(matcher.end()));
      }
    }
    return new RoleAndPlace(line, "");
  }

  static RoleAndPlace ordered(String first, String second) {
    String role = CvLines.trimSeparators(first);
    String place = CvLines.trimSeparators(second);
    if (namesRole(place) && !namesRole(role)) {
      return new RoleAndPlace(place, role);
    }
    return new RoleAndPlace(role, place);
  }

  private static boolean namesRole(String text) {
    return ROLE_WORD.matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
