package com.tailorjob.adapters.persistence.jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.ScoreBreakdown;
import com.tailorjob.domain.match.TokenUsage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The JSON document stored in {@code match_cache.result}. It mirrors the domain's result but
 * belongs to this adapter, so renaming a domain field never changes rows already written. The
 * cost is a decimal string, which keeps its exact value and scale through any JSON reader.
 */
record StoredMatch(
    int format,
    int score,
    String version,
    String model,
    List<String> matchedSkills,
    List<String> missingSkills,
    StoredBreakdown breakdown,
    String explanation,
    StoredUsage usage) {

  static final int CURRENT_FORMAT = 1;

  /** Fields added by a newer format are ignored, so an older node can still read its rows. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  record StoredBreakdown(int skills, int experience, int education, int keywords) {}

  record StoredUsage(long inputTokens, long outputTokens, String costUsd) {}

  static String toJson(MatchResult result) {
    try {
      return JSON.writeValueAsString(of(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a match result could not be written as JSON", e);
    }
  }

  /** Empty for a document of another format: a cache entry may always be recomputed. */
  static Optional<MatchResult> fromJson(String json) {
    try {
      StoredMatch stored = JSON.readValue(json, StoredMatch.class);
      return stored.format() == CURRENT_FORMAT ? Optional.of(stored.toDomain()) : Optional.empty();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a cached match result is not readable JSON", e);
    }
  }

  static StoredMatch of(MatchResult result) {
    ScoreBreakdown breakdown = result.breakdown();
    TokenUsage usage = result.usage();
    return new StoredMatch(
        CURRENT_FORMAT,
        result.score(),
        result.version().label(),
        result.model(),
        result.matchedSkills(),
        result.missingSkills(),
        new StoredBreakdown(breakdown.skills(), breakdown.experience(), breakdown.education(),
            breakdown.keywords()),
        result.explanation(),
        new StoredUsage(usage.inputTokens(), usage.outputTokens(), usage.costUsd().toString()));
  }

  MatchResult toDomain() {
    return new MatchResult(
        score,
        MatcherVersion.fromLabel(version),
        model,
        orEmpty(matchedSkills),
        orEmpty(missingSkills),
        new ScoreBreakdown(breakdown.skills(), breakdown.experience(), breakdown.education(),
            breakdown.keywords()),
        Optional.ofNullable(explanation).orElse(""),
        new TokenUsage(usage.inputTokens(), usage.outputTokens(), new BigDecimal(usage.costUsd())));
  }

  private static List<String> orEmpty(List<String> values) {
    return Optional.ofNullable(values).orElse(List.of());
  }
}
