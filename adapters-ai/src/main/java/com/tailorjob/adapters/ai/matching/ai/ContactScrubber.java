package com.tailorjob.adapters.ai.matching.ai;

import java.util.regex.Pattern;

/**
 * Removes e-mail addresses, phone numbers and profile links from CV text before it reaches a
 * model, in case a parser left one in a summary or bullet point.
 */
final class ContactScrubber {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern LINK = Pattern.compile(
      "(?i)\\b(https?://|www\\.)\\S+|\\b(linkedin|github)\\.com/\\S*");
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{7,}\\d");
  private static final int MIN_PHONE_DIGITS = 9;

  private ContactScrubber() {}

  static String scrub(String text) {
    String scrubbed = EMAIL.matcher(text).replaceAll("[e-mail]");
    scrubbed = LINK.matcher(scrubbed).replaceAll("[link]");
    return PHONE.matcher(scrubbed).replaceAll(match ->
        match.group().chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS
            ? "[phone]" : match.group().replace("\\", "\\\\").replace("$", "\\$"));
  }
}
