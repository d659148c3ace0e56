package com.tailorjob.adapters.logging;

/**
 * Writes one value of a {@code key=value} list so that no value can end the line, start a new
 * field or hide its own content: anything but plain visible text is quoted and escaped.
 */
final class FieldText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private FieldText() {}

  static void appendValue(StringBuilder line, CharSequence value) {
    if (value.length() > 0 && isPlain(value)) {
      line.append(value);
      return;
    }

    line.append('"');
    appendEscaped(line, value);
    line.append('"');
  }

  static String render(CharSequence value) {
    StringBuilder line = new StringBuilder(value.length() + 2);
    appendValue(line, value);
    return line.toString();
  }

  private static boolean isPlain(CharSequence value) {
    int i = 0;
    while (i < value.length()) {
      int c = Character.codePointAt(value, i);
      if (c == ' ' || c == ',' || c == '=' || c == '"' || c == '\\' || isHidden(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Escapes, from {@code start} to the end, only what could break the line or disguise its
   * text, and leaves quotes and backslashes be: for a message that is not one of TailorJob's
   * {@code key=value} lines, such as a library's, which may quote a hostile file.
   */
  static void escapeHidden(StringBuilder line, int start) {
    int first = start;
    while (first < line.length() && !isHidden(line.codePointAt(first))) {
      first += Character.charCount(line.codePointAt(first));
    }
    if (first == line.length()) {
      return;
    }

    String rest = line.substring(first);
    line.setLength(first);
    int i = 0;
    while (i < rest.length()) {
      int c = rest.codePointAt(i);
      appendControlOrCodePoint(line, c);
      i += Character.charCount(c);
    }
  }

  private static void appendEscaped(StringBuilder line, CharSequence value) {
    int i = 0;
    while (i < value.length()) {
      int c = Character.codePointAt(value, i);
      switch (c) {
        case '"' -> line.append("\\\"");
        case '\\' -> line.append("\\\\");
        default -> appendControlOrCodePoint(line, c);
      }
      i += Character.charCount(c);
    }
  }

  private static void appendControlOrCodePoint(StringBuilder line, int codePoint) {
    switch (codePoint) {
      case '\n' -> line.append("\\n");
      case '\r' -> line.append("\\r");
      case '\t' -> line.append("\\t");
      default -> appendCodePoint(line, codePoint);
    }
  }

  private static void appendCodePoint(StringBuilder line, int codePoint) {
    if (!isHidden(codePoint)) {
      line.appendCodePoint(codePoint);
      return;
    }
    for (char unit : Character.toChars(codePoint)) {
      line.append("\\u")
          .append(HEX[(unit >> 12) & 0xf])
          .append(HEX[(unit >> 8) & 0xf])
          .append(HEX[(unit >> 4) & 0xf])
          .append(HEX[unit & 0xf]);
    }
  }

  /**
   * Characters that break lines, reorder text (bidi controls), hide themselves or pass for a
   * plain space; a lone surrogate counts too, since it cannot be shown faithfully.
   */
  private static boolean isHidden(int codePoint) {
    if (codePoint < 0x80) {
      return codePoint < 0x20 || codePoint == 0x7f;
    }
    if (Character.isISOControl(codePoint)) {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.FORMAT,
          Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED -> true;
      default -> false;
    };
  }
}
