package com.tailorjob.adapters.ai.matching;

import com.tailorjob.domain.job.JobPosting;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the local matcher reads from a posting: its required skills, its content words, the
 * words of its title that name the role, the years of experience it asks for and whether it
 * asks for a degree.
 */
record JobProfile(List<String> requirements, List<String> terms, Set<String> roleTerms,
    double requiredYears, boolean degreeRequired) {

  /** Assumed when a posting names no number of years: enough to tell a junior from none. */
  static final double DEFAULT_REQUIRED_YEARS = 2;

  private static final int MAX_PLAUSIBLE_YEARS = 15;
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10));
  private static final Pattern YEARS = Pattern.compile(
      "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s*\\+?\\s*"
          + "(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?\\+?\\s*years?\\b");
  private static final Pattern DEGREE = Pattern.compile(
      "\\b(degree|bachelor'?s?|masters?'? degree|bsc|msc|beng|meng|phd|mba|university)\\b");

  static JobProfile of(JobPosting job, List<String> requirements) {
    String text = (job.title() + "\n" + job.description()).toLowerCase(Locale.ROOT);
    return new JobProfile(
        List.copyOf(requirements),
        Terms.of(text),
        RoleWords.of(job.title()),
        requiredYears(text),
        DEGREE.matcher(text).find());
  }

  private static double requiredYears(String text) {
    Matcher years = YEARS.matcher(text);
    while (years.find()) {
      String number = years.group(1);
      int value = NUMBER_WORDS.getOrDefault(number, -1);
      if (value < 0) {
        value = Integer.parseInt(number);
      }
      if (value >= 1 && value <= MAX_PLAUSIBLE_YEARS) {
        return value;
      }
    }
    return DEFAULT_REQUIRED_YEARS;
  }

  /** Title words that name a role, without seniority: "Senior Java Developer" is java, develop. */
  static final class RoleWords {

    private static final Set<String> SENIORITY = Set.of("senior", "junior", "lead", "principal",
        "staff", "head", "chief", "associate", "assistant", "intern", "trainee", "graduate",
        "sr", "jr", "mid", "level", "ii", "iii", "iv", "remote", "hybrid", "contract", "time",
        "full", "part", "permanent", "temporary");

    private RoleWords() {}

    static Set<String> of(String title) {
      Set<String> words = new LinkedHashSet<>();
      for (String token : Tokens.of(title)) {
        if (Terms.isContent(token) && !SENIORITY.contains(token)) {
          words.add(Terms.stem(token));
        }
      }
      return Set.copyOf(words);
    }
  }
}
