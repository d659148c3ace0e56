package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.event.MatchEvent;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.user.UserId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matching lines of the seed, word for word. */
class MatchLinesTest {

  private static final CvId CV = new CvId("xyz789");
  private static final JobId JOB = new JobId("job456");
  private static final UserId USER = new UserId("abc123");

  @TempDir Path folder;

  @Test
  void renders_the_request_line() {
    assertThat(message(new MatchEvent.MatchRequested(CV, JOB, USER)))
        .isEqualTo("🔍 Match analysis requested: cv_id=xyz789, job_id=job456, user=abc123");
  }

  @Test
  void renders_the_cache_hit_line_with_the_age_in_days() {
    MatchEvent event = new MatchEvent.CachedMatchReturned(CV, JOB, USER, 85,
        MatcherVersion.V5_1, Duration.ofDays(2).plusHours(3), Duration.ofMillis(4));

    assertThat(message(event)).isEqualTo(
        "💾 Returning cached match: cv_id=xyz789, job_id=job456, score=85%, age=2d");
  }

  @Test
  void names_where_the_cv_stands_in_a_rejection_for_an_unparsed_cv() {
    MatchEvent event = new MatchEvent.MatchRejected(CV, JOB, USER, "cv_not_parsed",
        Optional.of(CvStatus.PARSING), Duration.ofMillis(12));

    assertThat(message(event)).isEqualTo("⚠️ Match analysis rejected: cv_id=xyz789, "
        + "job_id=job456, user=abc123, reason=cv_not_parsed, status=parsing, duration=0.01s");
  }

  @Test
  void renders_the_ai_start_line() {
    assertThat(message(new MatchEvent.AiAnalysisStarted(CV, JOB)))
        .isEqualTo("🤖 Starting AI match analysis: cv_id=xyz789, job_id=job456");
  }

  @Test
  void renders_the_chosen_matcher_in_the_headline() {
    assertThat(message(new MatchEvent.MatcherChosen(CV, JOB, MatcherVersion.V5_1, "minilm")))
        .isEqualTo("🚀 Using Matcher v5.1: cv_id=xyz789, job_id=job456");
  }

  @Test
  void renders_the_completion_line_with_tokens_and_cost() {
    MatchEvent event = new MatchEvent.MatchCompleted(CV, JOB, USER, 85, MatcherVersion.V5_1,
        "gpt-4o-mini", new TokenUsage(1000, 247, new BigDecimal("0.00615")),
        Duration.ofMillis(3450));

    assertThat(message(event)).isEqualTo("✅ Match analysis complete: cv_id=xyz789, "
        + "job_id=job456, score=85%, version=v5.1, tokens=1247, cost=$0.0062, duration=3.45s");
  }

  @Test
  void renders_the_cached_line_with_its_lifetime() {
    assertThat(message(new MatchEvent.MatchCached(CV, JOB, 85, Duration.ofDays(7))))
        .isEqualTo("💾 Match score cached: cv_id=xyz789, job_id=job456, score=85%, "
            + "expires_in=7d");
  }

  @Test
  void renders_an_unreadable_cache_as_a_warning_that_the_analysis_goes_on() {
    MatchEvent event = new MatchEvent.MatchCacheUnreadable(CV, JOB, MatcherVersion.V3_0,
        new IllegalStateException("cache table locked"));

    assertThat(message(event)).isEqualTo("⚠️ Match cache unreadable, treated as a miss:"
        + " cv_id=xyz789, job_id=job456, version=v3.0");
  }

  @Test
  void gives_json_the_exact_cost_and_token_counts_as_numbers() {
    CapturedLog log = CapturedLog.in(folder);
    log.observability().emit(new MatchEvent.MatchCompleted(CV, JOB, USER, 85,
        MatcherVersion.V5_1, "gpt-4o-mini", new TokenUsage(1000, 247,
            new BigDecimal("0.00615")), Duration.ofMillis(3450)));

    JsonNode line = log.jsonLines().get(0);

    assertThat(line.get("cost_usd").isNumber()).isTrue();
    assertThat(line.get("cost_usd").decimalValue()).isEqualByComparingTo("0.00615");
    assertThat(line.get("tokens").asLong()).isEqualTo(1247);
    assertThat(line.get("score").asInt()).isEqualTo(85);
    assertThat(line.get("event").asText()).isEqualTo("match.analysis.succeeded");
  }

  private String message(MatchEvent event) {
    CapturedLog log = CapturedLog.in(folder.resolve(event.name()));
    log.observability().emit(event);
    return log.messages().get(0);
  }
}
