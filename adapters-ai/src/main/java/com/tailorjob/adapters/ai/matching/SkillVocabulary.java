package com.tailorjob.adapters.ai.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The skills TailorJob recognises, each with its canonical name and synonyms, read from the
 * {@code skills/synonyms.txt} table shipped with the project and optionally extended by
 * configuration. Lines read {@code Canonical Name: synonym, synonym}; a {@code ~} before a name
 * marks it as also an everyday word ({@code ~Go}), found in free text only next to other skills.
 */
public final class SkillVocabulary {

  private static final String BUNDLED = "/skills/synonyms.txt";
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final char AMBIGUOUS = '~';

  private static final int FINGERPRINT_HEX_DIGITS = 12;

  private final Map<String, Term> byTokens;
  private final Map<String, String> displayNames;
  private final SkillScanner scanner;
  private final String fingerprint;

  private SkillVocabulary(Map<String, Term> byTokens, Map<String, String> displayNames) {
    this.byTokens = Map.copyOf(byTokens);
    this.displayNames = Map.copyOf(displayNames);
    this.scanner = new SkillScanner(this.byTokens);
    this.fingerprint = fingerprintOf(this.byTokens, this.displayNames);
  }

  /** The table shipped with the project. */
  public static SkillVocabulary standard() {
    return new Builder().addLines(bundledLines(), BUNDLED).build();
  }

  /** The shipped table extended, or overridden where names clash, by {@code extra}. */
  public static SkillVocabulary standardWith(Map<String, List<String>> extra) {
    Builder builder = new Builder().addLines(bundledLines(), BUNDLED);
    extra.forEach(builder::add);
    return builder.build();
  }

  /** The shipped table extended by a file in the same format, such as a deployment's own. */
  public static SkillVocabulary standardWith(Path extraFile) {
    try {
      List<String> lines = Files.readAllLines(extraFile, StandardCharsets.UTF_8);
      return new Builder()
          .addLines(bundledLines(), BUNDLED)
          .addLines(lines, extraFile.toString())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the skill synonyms file " + extraFile, e);
    }
  }

  /**
   * Lower-cases, trims and collapses spaces, then maps a known name or synonym to its canonical
   * name: {@code " K8s "} becomes {@code kubernetes}. Unknown skills come back cleaned only.
   */
  public String normalise(String skill) {
    String cleaned = clean(skill);
    return find(cleaned).orElse(cleaned);
  }

  /** The canonical name of a known skill or synonym. */
  public Optional<String> find(String skill) {
    return Optional.ofNullable(byTokens.get(key(skill))).map(Term::canonical);
  }

  /** How the table writes a canonical name, for sentences: {@code JavaScript}. */
  public String displayName(String canonical) {
    return displayNames.getOrDefault(canonical, canonical);
  }

  /** Canonical names of the known skills in free text, in order of first mention. */
  public List<String> skillsIn(String text) {
    return scanner.scan(Tokens.of(text), false);
  }

  /** As {@link #skillsIn}, for text known to be a list of skills, where {@code Go} is a skill. */
  public List<String> skillsInList(String text) {
    return scanner.scan(Tokens.of(text), true);
  }

  public int size() {
    return displayNames.size();
  }

  /**
   * A short hash of every surface form and what it means: equal for equal tables, whatever
   * order their lines came in, and different once a deployment adds or changes a synonym.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprintOf(Map<String, Term> byTokens, Map<String, String> names) {
    StringBuilder table = new StringBuilder();
    new TreeMap<>(byTokens).forEach((tokens, term) -> table.append(tokens).append('=')
        .append(term.canonical()).append(term.ambiguous() ? "~" : "").append('\n'));
    new TreeMap<>(names).forEach((canonical, display) ->
        table.append(canonical).append(':').append(display).append('\n'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(table.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, FINGERPRINT_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  static String clean(String skill) {
    return WHITE_SPACE.matcher(skill.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static String key(String surfaceForm) {
    return String.join(" ", Tokens.of(surfaceForm));
  }

  private static List<String> bundledLines() {
    InputStream in = SkillVocabulary.class.getResourceAsStream(BUNDLED);
    Objects.requireNonNull(in, "the skill synonyms table ships in the jar");
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled skill synonyms", e);
    }
  }

  /** One surface form: the canonical skill it names and whether it is also an everyday word. */
  record Term(String canonical, boolean ambiguous) {}

  private static final class Builder {

    private final Map<String, Term> byTokens = new HashMap<>();
    private final Map<String, String> displayNames = new LinkedHashMap<>();

    Builder addLines(List<String> lines, String source) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.lastIndexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException(
              "skill synonyms " + source + " line " + (i + 1) + ": expected 'skill: synonyms'");
        }
        add(line.substring(0, colon), synonyms(line.substring(colon + 1)));
      }
      return this;
    }

    private static List<String> synonyms(String list) {
      List<String> synonyms = new ArrayList<>();
      for (String synonym : list.split(",")) {
        if (!synonym.isBlank()) {
          synonyms.add(synonym);
        }
      }
      return synonyms;
    }

    void add(String canonicalForm, List<String> synonyms) {
      if (canonicalForm.isBlank()) {
        throw new IllegalArgumentException("a skill name cannot be blank");
      }
      String display = withoutMark(canonicalForm.strip());
      String canonical = clean(display);
      if (key(canonical).isEmpty()) {
        throw new IllegalArgumentException("a skill name needs a letter or digit: " + display);
      }
      displayNames.put(canonical, display);
      put(canonicalForm, canonical);
      synonyms.forEach(synonym -> put(synonym, canonical));
    }

    private void put(String surfaceForm, String canonical) {
      String form = surfaceForm.strip();
      boolean ambiguous = form.charAt(0) == AMBIGUOUS;
      String tokens = key(withoutMark(form));
      if (!tokens.isEmpty()) {
        byTokens.put(tokens, new Term(canonical, ambiguous));
      }
    }

    private static String withoutMark(String form) {
      return form.charAt(0) == AMBIGUOUS ? form.substring(1).strip() : form;
    }

    SkillVocabulary build() {
      return new SkillVocabulary(byTokens, displayNames);
    }
  }
}
