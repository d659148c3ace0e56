package com.tailorjob.adapters.ai.matching;

import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of relevant experience against the years a posting asks for. A job counts in full when
 * its title shares a role word with the posting's title ("Staff Nurse" for "Registered Nurse"),
 * and at half weight when it only used a required skill. A job without readable dates counts
 * as one year.
 */
final class ExperienceFit {

  static final double SKILL_ONLY_WEIGHT = 0.5;
  private static final double UNDATED_YEARS = 1;
  private static final int MAX_YEARS_PER_JOB = 40;
  private static final Pattern DATE = Pattern.compile(
      "(?:\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+"
          + "|\\b(\\d{1,2})\\s*/\\s*)?\\b((?:19|20)\\d{2})\\b"
          + "|\\b(present|current|now|today|date|ongoing)\\b");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private ExperienceFit() {}

  static int percent(CvSections cv, JobProfile job, SkillVocabulary vocabulary, YearMonth now) {
    double relevantYears = 0;
    for (ExperienceEntry entry : cv.experience()) {
      relevantYears += relevance(entry, job, vocabulary) * years(entry.period(), now);
    }
    return (int) Math.round(100 * Math.min(1, relevantYears / job.requiredYears()));
  }

  private static double relevance(ExperienceEntry entry, JobProfile job,
      SkillVocabulary vocabulary) {
    boolean sameRole = JobProfile.RoleWords.of(entry.title()).stream()
        .anyMatch(job.roleTerms()::contains);
    if (sameRole) {
      return 1;
    }
    String text = entry.title() + "\n" + String.join("\n", entry.highlights());
    boolean usedASkill = vocabulary.skillsIn(text).stream()
        .anyMatch(job.requirements()::contains);
    return usedASkill ? SKILL_ONLY_WEIGHT : 0;
  }

  /** The years in a period such as "Jan 2020 – Present", "03/2016 - 12/2019" or "2019 - 2021". */
  static double years(String period, YearMonth now) {
    List<YearMonth> dates = new ArrayList<>();
    Matcher date = DATE.matcher(period.toLowerCase(Locale.ROOT));
    while (date.find() && dates.size() < 2) {
      dates.add(date.group(4) != null ? now : yearMonth(date));
    }
    if (dates.size() < 2) {
      return UNDATED_YEARS;
    }
    long months = dates.get(0).until(dates.get(1), ChronoUnit.MONTHS);
    return Math.max(0, Math.min(MAX_YEARS_PER_JOB, months / 12.0));
  }

  private static YearMonth yearMonth(Matcher date) {
    int year = Integer.parseInt(date.group(3));
    int month = 1;
    if (date.group(1) != null) {
      month = MONTHS.get(date.group(1));
    } else if (date.group(2) != null) {
      month = Math.max(1, Math.min(12, Integer.parseInt(date.group(2))));
    }
    return YearMonth.of(year, month);
  }
}
