package com.tailorjob.adapters.http;

import com.tailorjob.application.port.out.Matcher;
import com.tailorjob.application.port.out.MatcherUnavailableException;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.ScoreBreakdown;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.parse.CvSections;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Scores the share of a job's requirements found among a CV's skills, and counts its calls. The
 * AI one reports fixed tokens and cost and can be told its provider is unreachable.
 */
final class FakeMatcher implements Matcher {

  static final String AI_MODEL = "fake-embeddings";
  static final TokenUsage AI_USAGE = new TokenUsage(1000, 247, new BigDecimal("0.0062"));

  private final MatcherVersion version;
  private final String model;
  private final TokenUsage usage;
  private final AtomicBoolean unavailable = new AtomicBoolean();
  private final AtomicInteger calls = new AtomicInteger();

  private FakeMatcher(MatcherVersion version, String model, TokenUsage usage) {
    this.version = version;
    this.model = model;
    this.usage = usage;
  }

  static FakeMatcher local() {
    return new FakeMatcher(MatcherVersion.V3_0, "local", TokenUsage.none());
  }

  static FakeMatcher ai() {
    return new FakeMatcher(MatcherVersion.V5_1, AI_MODEL, AI_USAGE);
  }

  void becomeUnavailable() {
    unavailable.set(true);
  }

  int calls() {
    return calls.get();
  }

  @Override
  public MatcherVersion version() {
    return version;
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public MatchResult match(CvSections cv, JobPosting job) {
    calls.incrementAndGet();
    if (unavailable.get()) {
      throw new MatcherUnavailableException("timeout", "the provider timed out", null);
    }

    Set<String> skills = cv.skills().stream()
        .map(skill -> skill.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> matched = job.requirements().stream().filter(skills::contains).toList();
    List<String> missing = job.requirements().stream().filter(r -> !skills.contains(r)).toList();
    int score = job.requirements().isEmpty() ? 0 : 100 * matched.size() / job.requirements().size();

    return new MatchResult(score, version, model, matched, missing,
        new ScoreBreakdown(score, 70, 50, score), "Show experience with " + missing, usage);
  }
}
