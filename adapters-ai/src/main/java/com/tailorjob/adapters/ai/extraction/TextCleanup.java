package com.tailorjob.adapters.ai.extraction;

/**
 * Gives both formats the same plain shape: {@code \n} line ends, no control characters other
 * than tabs, no spaces at the end of a line and at most one blank line in a row.
 *
 * <p>It reads the text once, by hand: four regular expressions over the whole text cost more than
 * a tenth of the PDF reading they follow.
 */
final class TextCleanup {

  private static final String TRAILING_SPACE = " \t\u00A0";
  private static final int MAX_LINE_BREAKS_IN_A_ROW = 2;

  private TextCleanup() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endLine(out, '\n');
      } else if (isLineSeparator(c)) {
        endLine(out, c);
      } else if (c == '\t' || !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    dropTrailingSpace(out);
    return out.toString().strip();
  }

  private static void endLine(StringBuilder out, char lineEnd) {
    dropTrailingSpace(out);
    if (lineEnd != '\n' || lineBreaksAtEnd(out) < MAX_LINE_BREAKS_IN_A_ROW) {
      out.append(lineEnd);
    }
  }

  /** Unicode's line and paragraph separators end a line as much as a line feed does. */
  private static boolean isLineSeparator(char c) {
    return c == '\n' || c == '\u2028' || c == '\u2029';
  }

  private static void dropTrailingSpace(StringBuilder out) {
    int end = out.length();
    while (end > 0 && TRAILING_SPACE.indexOf(out.charAt(end - 1)) >= 0) {
      end--;
    }
    out.setLength(end);
  }

  private static int lineBreaksAtEnd(StringBuilder out) {
    int count = 0;
    while (count < out.length() && out.charAt(out.length() - 1 - count) == '\n') {
      count++;
    }
    return count;
  }
}
