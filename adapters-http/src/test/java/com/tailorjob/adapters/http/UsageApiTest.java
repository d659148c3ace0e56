package com.tailorjob.adapters.http;

import static com.tailorjob.adapters.http.RunningApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.UsageRecord;
import com.tailorjob.domain.match.UsageSummary;
import com.tailorjob.domain.match.UsageSummary.DayTotals;
import com.tailorjob.domain.match.UsageSummary.ModelTotals;
import com.tailorjob.domain.match.UsageSummary.Totals;
import com.tailorjob.domain.user.UserId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageApiTest {

  @TempDir Path tempDir;

  @Test
  void totals_the_callers_analyses_tokens_and_cost() {
    try (RunningApi api = RunningApi.start(tempDir)) {
      String token = api.tokenFor("ada@example.com");
      analyzeTwoJobs(api, token);

      ApiResponse response = api.client.get("/api/usage", token);

      JsonNode total = response.json().path("total");
      assertThat(response.status()).isEqualTo(200);
      assertThat(total.path("analyses").asLong()).isEqualTo(2);
      assertThat(total.path("input_tokens").asLong()).isEqualTo(2000);
      assertThat(total.path("output_tokens").asLong()).isEqualTo(494);
      assertThat(total.path("cost_usd").isNumber()).isTrue();
      assertThat(total.path("cost_usd").decimalValue()).isEqualByComparingTo("0.0124");
    }
  }

  @Test
  void keeps_other_users_analyses_out_of_the_callers_usage() {
    try (RunningApi api = RunningApi.start(tempDir)) {
      String token = api.tokenFor("ada@example.com");
      analyzeTwoJobs(api, token);
      String bob = api.tokenFor("bob@example.com");

      JsonNode total = api.client.get("/api/usage", bob).json().path("total");

      assertThat(total.path("analyses").asLong()).isZero();
      assertThat(total.path("cost_usd").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
    }
  }

  @Test
  void shows_usage_per_day_and_per_model_with_their_totals_beside_them() {
    UsageSummary summary = new UsageSummary(
        new Totals(3, 2000, 500, new BigDecimal("0.0124")),
        List.of(new DayTotals(LocalDate.parse("2026-12-03"),
            new Totals(2, 2000, 500, new BigDecimal("0.0124")))),
        List.of(new ModelTotals(MatcherVersion.V5_1, "fake-embeddings",
            new Totals(2, 2000, 500, new BigDecimal("0.01240000")))));
    RunningApi.Options options = RunningApi.Options.standard(tempDir)
        .withUsageLedger(ledger -> fixed(summary));
    try (RunningApi api = RunningApi.start(options)) {
      String token = api.tokenFor("ada@example.com");

      JsonNode usage = api.client.get("/api/usage", token).json();

      JsonNode day = usage.path("by_day").path(0);
      assertThat(day.path("day").asText()).isEqualTo("2026-12-03");
      assertThat(day.path("analyses").asLong()).isEqualTo(2);
      assertThat(day.path("input_tokens").asLong()).isEqualTo(2000);
      assertThat(day.path("output_tokens").asLong()).isEqualTo(500);
      assertThat(day.path("cost_usd").decimalValue()).isEqualByComparingTo("0.0124");
      JsonNode model = usage.path("by_model").path(0);
      assertThat(model.path("version").asText()).isEqualTo("v5.1");
      assertThat(model.path("model").asText()).isEqualTo("fake-embeddings");
      assertThat(model.path("analyses").asLong()).isEqualTo(2);
      assertThat(model.path("cost_usd").toString()).isEqualTo("0.0124");
    }
  }

  @Test
  void rounds_a_cost_to_a_millionth_of_a_dollar() {
    UsageSummary summary = new UsageSummary(
        new Totals(1, 10, 0, new BigDecimal("0.00000049")), List.of(), List.of());
    RunningApi.Options options = RunningApi.Options.standard(tempDir)
        .withUsageLedger(ledger -> fixed(summary));
    try (RunningApi api = RunningApi.start(options)) {
      String token = api.tokenFor("ada@example.com");

      JsonNode total = api.client.get("/api/usage", token).json().path("total");

      assertThat(total.path("cost_usd").toString()).isEqualTo("0");
    }
  }

  private static void analyzeTwoJobs(RunningApi api, String token) {
    String cv = api.parsedCv(token, "ada", List.of("Java"));
    for (String title : List.of("Backend Engineer", "Platform Engineer")) {
      String job = api.job(token, title, List.of("java"));
      api.client.postJson("/api/matches", json(Map.of("cv_id", cv, "job_id", job)), token);
    }
  }

  private static UsageLedger fixed(UsageSummary summary) {
    return new UsageLedger() {
      @Override
      public void record(UsageRecord usage) {
        throw new UnsupportedOperationException("this ledger only answers summaries");
      }

      @Override
      public UsageSummary summarize(UserId user) {
        return summary;
      }
    };
  }
}
