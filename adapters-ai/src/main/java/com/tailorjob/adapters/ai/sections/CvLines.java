package com.tailorjob.adapters.ai.sections;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line-level helpers: bullets, tidy separators, and the dates CVs write. */
final class CvLines {

  private static final Pattern BULLET = Pattern.compile("^(?:[•·▪●◦■‣∙►✓]\\s*|[-*–—]\\s+)");
  private static final Pattern SPACES = Pattern.compile("[ \\u00A0]+");
  private static final Pattern TABS = Pattern.compile("\\s*\\t+\\s*");
  /** The ASCII white space of a regular expression's {@code \\s}. */
  static final String WHITE_SPACE = " \t\n\u000B\f\r";
  private static final String EDGE_SEPARATORS = WHITE_SPACE + "|,;:–—-";
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
      + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
      + "|dec(?:ember)?)\\.?";
  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final String POINT =
      "(?:" + MONTH + "\\s+" + YEAR + "|\\d{1,2}[/.]" + YEAR + "|" + YEAR + ")";
  private static final String OPEN_END = "(?:present|current|now|today|ongoing|date)";
  private static final Pattern RANGE = Pattern.compile(
      "(?<![\\w/.])" + POINT + "\\s*(?:-|–|—|to|until)\\s*(?:" + POINT + "|" + OPEN_END + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SINGLE =
      Pattern.compile("(?<![\\w/.])" + POINT + "\\b", Pattern.CASE_INSENSITIVE);

  private CvLines() {}

  /** Collapses spaces and turns tab stops, which separate columns of a line, into a bar. */
  static String tidy(String line) {
    String stripped = line.strip();
    String columns = stripped.indexOf('\t') < 0
        ? stripped
        : TABS.matcher(stripped).replaceAll(" | ");
    return singleSpaced(columns).strip();
  }

  static boolean isBullet(String line) {
    return BULLET.matcher(line).find();
  }

  static String withoutBullet(String line) {
    return BULLET.matcher(line).replaceFirst("").strip();
  }

  /** A sentence of description rather than a heading line of an entry. */
  static boolean isProse(String line) {
    return line.endsWith(".") || line.split(" ").length > 12;
  }

  static Optional<String> dateRange(String line) {
    return holdsAYear(line) ? first(RANGE.matcher(line)) : Optional.empty();
  }

  /** A range if there is one, else a single date such as a graduation year. */
  static Optional<String> anyDate(String line) {
    if (!holdsAYear(line)) {
      return Optional.empty();
    }
    return first(RANGE.matcher(line)).or(() -> first(SINGLE.matcher(line)));
  }

  /**
   * Every date read here has a year from 1900 to 2099. Most lines have none, and this scan
   * spares them the date expressions, whose look-behind is tried at every position of a line.
   */
  private static boolean holdsAYear(String line) {
    for (int i = 0; i + 3 < line.length(); i++) {
      char century = line.charAt(i);
      char decade = line.charAt(i + 1);
      boolean startsAYear = century == '1' && decade == '9' || century == '2' && decade == '0';
      if (startsAYear && isDigit(line.charAt(i + 2)) && isDigit(line.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII digits of a regular expression's {@code \\d}. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static String without(String line, String part) {
    int at = line.indexOf(part);
    String rest = at < 0 ? line : line.substring(0, at) + " " + line.substring(at + part.length());
    boolean bracketed = rest.indexOf('(') >= 0 || rest.indexOf('[') >= 0;
    return trimSeparators(bracketed ? EMPTY_BRACKETS.matcher(rest).replaceAll(" ") : rest);
  }

  static String trimSeparators(String text) {
    return singleSpaced(trimEdges(text, EDGE_SEPARATORS, EDGE_SEPARATORS)).strip();
  }

  /** The text without its first run of {@code leading} and last run of {@code trailing}. */
  static String trimEdges(String text, String leading, String trailing) {
    int from = 0;
    int to = text.length();
    while (from < to && leading.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && trailing.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return text.substring(from, to);
  }

  /** Each run of white space as one space, as {@code \\s+} replaced by a space would give. */
  static String collapseWhiteSpace(String text) {
    StringBuilder spaced = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (WHITE_SPACE.indexOf(c) < 0) {
        spaced.append(c);
      } else if (i == 0 || WHITE_SPACE.indexOf(text.charAt(i - 1)) < 0) {
        spaced.append(' ');
      }
    }
    return spaced.toString();
  }

  /** Most lines are already single-spaced; looking for that first spares them a regex. */
  private static String singleSpaced(String text) {
    boolean spaced = text.indexOf('\u00A0') >= 0 || text.contains("  ");
    return spaced ? SPACES.matcher(text).replaceAll(" ") : text;
  }

  private static Optional<String> first(Matcher matcher) {
    return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
  }
}
