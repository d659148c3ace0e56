package com.tailorjob.adapters.http;

import com.tailorjob.application.match.MatchAnalysis;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.ScoreBreakdown;
import com.tailorjob.domain.match.TokenUsage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * A match analysis as the caller sees it. {@code cache_age_seconds} is null when the result was
 * computed for this request; tokens and cost are those of the analysis that produced it.
 */
record MatchJson(
    String cvId,
    String jobId,
    int score,
    String version,
    String model,
    List<String> matchedSkills,
    List<String> missingSkills,
    Breakdown breakdown,
    String explanation,
    boolean cached,
    Long cacheAgeSeconds,
    Tokens tokens,
    BigDecimal costUsd) {

  static MatchJson of(MatchAnalysis analysis) {
    MatchResult result = analysis.result();
    TokenUsage usage = result.usage();
    return new MatchJson(analysis.cv().value(), analysis.job().value(), result.score(),
        result.version().label(), result.model(), result.matchedSkills(),
        result.missingSkills(), Breakdown.of(result.breakdown()), result.explanation(),
        analysis.cached(), analysis.age().map(Duration::getSeconds).orElse(null),
        Tokens.of(usage), UsdAmounts.rounded(usage.costUsd()));
  }

  record Breakdown(int skills, int experience, int education, int keywords) {
    static Breakdown of(ScoreBreakdown breakdown) {
      return new Breakdown(breakdown.skills(), breakdown.experience(), breakdown.education(),
          breakdown.keywords());
    }
  }

  record Tokens(long input, long output, long total) {
    static Tokens of(TokenUsage usage) {
      return new Tokens(usage.inputTokens(), usage.outputTokens(), usage.totalTokens());
    }
  }

  /** What an analysis request names: one of the caller's CVs and one of their jobs. */
  record Request(String cvId, String jobId) {
    boolean complete() {
      return cvId != null && jobId != null;
    }
  }
}
