package com.tailorjob.adapters.ai.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Content words of a text for keyword comparison: tokens without stop words, numbers or
 * slashes, each cut to a rough stem so "nurse", "nurses" and "nursing" agree. The stemmer only
 * strips a few English endings; it needs to make two texts agree, not to be linguistically right.
 */
final class Terms {

  private static final Set<String> STOP_WORDS = wordList("/matching/stop-words.txt", false);
  private static final Set<String> GENERIC = wordList("/matching/generic-job-terms.txt", true);
  private static final int MIN_STEM = 3;

  private Terms() {}

  static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    for (String token : Tokens.of(text)) {
      if (isContent(token)) {
        terms.add(stem(token));
      }
    }
    return terms;
  }

  /** True for stems of words most postings use whatever the job, such as "experience". */
  static boolean isGeneric(String stem) {
    return GENERIC.contains(stem);
  }

  static boolean isContent(String token) {
    return token.length() > 1
        && !STOP_WORDS.contains(token)
        && !token.equals(Tokens.SLASH)
        && token.chars().anyMatch(Character::isLetter);
  }

  static String stem(String token) {
    if (!token.chars().allMatch(Character::isLetter)) {
      return token;
    }
    String stem = token;
    if (stem.endsWith("ies")) {
      stem = cut(stem, 3) + "y";
    } else if (stem.endsWith("ing")) {
      stem = cut(stem, 3);
    } else if (stem.endsWith("ed")) {
      stem = cut(stem, 2);
    } else if (stem.endsWith("es")) {
      stem = cut(stem, 2);
    } else if (stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("is")
        && !stem.endsWith("us")) {
      stem = cut(stem, 1);
    }
    if (stem.endsWith("e")) {
      stem = cut(stem, 1);
    }
    return stem.length() >= MIN_STEM ? stem : token;
  }

  private static String cut(String word, int suffix) {
    return word.substring(0, word.length() - suffix);
  }

  private static Set<String> wordList(String resource, boolean stemmed) {
    InputStream in = Terms.class.getResourceAsStream(resource);
    Objects.requireNonNull(in, "the word list ships in the jar: " + resource);
    Set<String> words = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines()
          .filter(line -> !line.startsWith("#"))
          .flatMap(line -> Tokens.of(line).stream())
          .map(word -> stemmed ? stem(word) : word)
          .forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }
}
