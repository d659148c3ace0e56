package com.tailorjob.adapters.ai.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lower-case word tokens, keeping the symbols that belong to skill names:
 * {@code c++}, {@code c#}, {@code node.js}, {@code .net} and {@code r&d} stay whole, and a slash
 * is a token of its own so {@code ci/cd} reads the same with or without spaces. Hyphens separate
 * words, so {@code scikit-learn} and {@code scikit learn} agree.
 */
final class Tokens {

  static final String SLASH = "/";

  private Tokens() {}

  static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      char next = i + 1 < length ? text.charAt(i + 1) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (keepsInWord(c, word, next)) {
        word.append(c);
      } else {
        flush(word, tokens);
        if (c == '/') {
          tokens.add(SLASH);
        }
      }
    }
    flush(word, tokens);
    return tokens;
  }

  /** The symbols that continue a skill name rather than end a word. */
  private static boolean keepsInWord(char c, StringBuilder word, char next) {
    boolean inWord = word.length() > 0;
    return switch (c) {
      case '+', '#' -> inWord;
      case '&' -> inWord && Character.isLetter(next);
      case '.' -> Character.isLetterOrDigit(next) && (inWord || Character.isLetter(next));
      default -> false;
    };
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }
}
