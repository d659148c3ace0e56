package com.tailorjob.adapters.ai.matching;

import com.tailorjob.application.port.out.Matcher;
import com.tailorjob.application.port.out.RequirementExtractor;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.ScoreBreakdown;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.parse.CvSections;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Matcher v3.0: a deterministic, explainable score computed in process at no cost. The score
 * is the weighted sum of four components, each 0-100: skills {@value #SKILLS_WEIGHT}%
 * (required skills the CV lists or mentions), keywords {@value #KEYWORDS_WEIGHT}% (BM25-style
 * overlap of wording), experience {@value #EXPERIENCE_WEIGHT}% (relevant years against those
 * asked) and education {@value #EDUCATION_WEIGHT}%. The clock only dates "Present" in a CV.
 */
public final class LocalMatcher implements Matcher {

  public static final String MODEL = "local";
  static final int SKILLS_WEIGHT = 50;
  static final int KEYWORDS_WEIGHT = 20;
  static final int EXPERIENCE_WEIGHT = 20;
  static final int EDUCATION_WEIGHT = 10;

  private final SkillVocabulary vocabulary;
  private final RequirementExtractor requirements;
  private final Clock clock;

  public LocalMatcher(SkillVocabulary vocabulary, Clock clock) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.requirements = new KeywordRequirementExtractor(vocabulary);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public MatcherVersion version() {
    return MatcherVersion.V3_0;
  }

  @Override
  public String model() {
    return MODEL;
  }

  /** {@code local+skills-<12 hex>}: the vocabulary, shipped table and extensions together. */
  @Override
  public String fingerprint() {
    return MODEL + "+skills-" + vocabulary.fingerprint();
  }

  @Override
  public MatchResult match(CvSections cv, JobPosting job) {
    JobProfile profile = JobProfile.of(job, requirementsOf(job));
    CvEvidence evidence = CvEvidence.of(cv, vocabulary);

    SkillCoverage coverage = SkillCoverage.of(profile.requirements(), evidence);
    int keywords = KeywordOverlap.percent(profile.terms(), evidence.termCounts());
    int skills = coverage.isEmpty() ? keywords : coverage.percent();
    int experience = ExperienceFit.percent(cv, profile, vocabulary, YearMonth.now(clock));
    int education = EducationFit.percent(cv, profile, vocabulary);
    ScoreBreakdown breakdown = new ScoreBreakdown(skills, experience, education, keywords);

    return new MatchResult(
        scoreOf(breakdown),
        MatcherVersion.V3_0,
        MODEL,
        coverage.matched(profile.requirements()),
        coverage.missing(),
        breakdown,
        Explanation.of(coverage, experience, job.title(), vocabulary),
        TokenUsage.none());
  }

  /** The posting's own requirements when it has them, else the skills its text names. */
  List<String> requirementsOf(JobPosting job) {
    if (job.requirements().isEmpty()) {
      return requirements.requirementsOf(job.title(), job.description());
    }
    Set<String> normalised = new LinkedHashSet<>();
    job.requirements().forEach(skill -> normalised.add(vocabulary.normalise(skill)));
    normalised.remove("");
    return List.copyOf(normalised);
  }

  static int scoreOf(ScoreBreakdown breakdown) {
    double weighted = SKILLS_WEIGHT * breakdown.skills()
        + KEYWORDS_WEIGHT * breakdown.keywords()
        + EXPERIENCE_WEIGHT * breakdown.experience()
        + EDUCATION_WEIGHT * breakdown.education();
    return (int) Math.max(0, Math.min(100, Math.round(weighted / 100)));
  }
}
