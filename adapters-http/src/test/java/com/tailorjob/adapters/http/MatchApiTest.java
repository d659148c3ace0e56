package com.tailorjob.adapters.http;

import static com.tailorjob.adapters.http.RunningApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.domain.cv.CvId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchApiTest {

  @TempDir Path tempDir;

  private RunningApi api;
  private ApiClient client;
  private String token;
  private String cvId;
  private String jobId;

  @BeforeEach
  void a_parsed_cv_and_a_job() {
    api = RunningApi.start(tempDir);
    client = api.client;
    token = api.tokenFor("ada@example.com");
    cvId = api.parsedCv(token, "ada", List.of("Java", "SQL", "Kubernetes"));
    jobId = api.job(token, "Backend Engineer", List.of("java", "sql", "python"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void analyzes_a_parsed_cv_against_a_job_with_every_field() {
    ApiResponse response = client.postJson("/api/matches", match(cvId, jobId), token);

    JsonNode match = response.json();
    assertThat(response.status()).isEqualTo(200);
    assertThat(match.path("cv_id").asText()).isEqualTo(cvId);
    assertThat(match.path("job_id").asText()).isEqualTo(jobId);
    assertThat(match.path("score").asInt()).isEqualTo(66);
    assertThat(match.path("version").asText()).isEqualTo("v5.1");
    assertThat(match.path("model").asText()).isEqualTo(FakeMatcher.AI_MODEL);
    assertThat(texts(match.path("matched_skills"))).containsExactly("java", "sql");
    assertThat(texts(match.path("missing_skills"))).containsExactly("python");
    JsonNode breakdown = match.path("breakdown");
    assertThat(List.of(breakdown.path("skills").asInt(), breakdown.path("experience").asInt(),
        breakdown.path("education").asInt(), breakdown.path("keywords").asInt()))
        .containsExactly(66, 70, 50, 66);
    assertThat(match.path("explanation").asText()).contains("python");
    assertThat(match.path("cached").isBoolean()).isTrue();
    assertThat(match.path("cached").asBoolean()).isFalse();
    assertThat(match.has("cache_age_seconds")).isTrue();
    assertThat(match.path("cache_age_seconds").isNull()).isTrue();
    JsonNode tokens = match.path("tokens");
    assertThat(List.of(tokens.path("input").asLong(), tokens.path("output").asLong(),
        tokens.path("total").asLong())).containsExactly(1000L, 247L, 1247L);
    assertThat(match.path("cost_usd").isNumber()).isTrue();
    assertThat(match.path("cost_usd").decimalValue()).isEqualByComparingTo("0.0062");
  }

  @Test
  void serves_a_repeated_analysis_from_the_cache_with_its_age() {
    client.postJson("/api/matches", match(cvId, jobId), token);
    api.clock.advance(Duration.ofSeconds(90));

    ApiResponse response = client.postJson("/api/matches", match(cvId, jobId), token);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("cached").asBoolean()).isTrue();
    assertThat(response.json().path("cache_age_seconds").asLong()).isEqualTo(90);
    assertThat(response.json().path("score").asInt()).isEqualTo(66);
    assertThat(api.aiMatcher.calls()).isEqualTo(1);
  }

  @Test
  void falls_back_to_the_local_matcher_when_the_ai_matcher_is_unavailable() {
    api.aiMatcher.becomeUnavailable();

    ApiResponse response = client.postJson("/api/matches", match(cvId, jobId), token);

    JsonNode match = response.json();
    assertThat(response.status()).isEqualTo(200);
    assertThat(match.path("version").asText()).isEqualTo("v3.0");
    assertThat(match.path("model").asText()).isEqualTo("local");
    assertThat(match.path("tokens").path("total").asLong()).isZero();
    assertThat(match.path("cost_usd").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void answers_409_with_the_status_of_a_cv_that_is_still_parsing() {
    String parsing = client.uploadFile(token, "new.pdf",
        SampleFiles.pdf("new")).field("id");
    api.parsing.results().markParsing(new CvId(parsing));

    ApiResponse response = client.postJson("/api/matches", match(parsing, jobId), token);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.field("error")).isEqualTo("cv_not_parsed");
    assertThat(response.field("message")).contains("still parsing");
    assertThat(response.field("status")).isEqualTo("parsing");
    assertThat(response.field("request_id")).isNotBlank();
  }

  @Test
  void hides_another_users_cv_with_404() {
    String bob = api.tokenFor("bob@example.com");
    String bobsJob = api.job(bob, "Backend Engineer", List.of("java"));

    ApiResponse response = client.postJson("/api/matches", match(cvId, bobsJob), bob);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
    assertThat(api.matching.ledgerEntries()).isEmpty();
  }

  @Test
  void hides_another_users_job_with_404() {
    String bob = api.tokenFor("bob@example.com");
    String bobsCv = api.parsedCv(bob, "bob", List.of("Java"));

    ApiResponse response = client.postJson("/api/matches", match(bobsCv, jobId), bob);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
  }

  @Test
  void answers_an_id_that_cannot_exist_with_404() {
    ApiResponse response = client.postJson("/api/matches", match("../cv-1", jobId), token);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
  }

  @Test
  void refuses_a_request_without_a_job_id_with_400() {
    ApiResponse response = client.postJson("/api/matches", json(Map.of("cv_id", cvId)), token);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.field("error")).isEqualTo("bad_request");
    assertThat(response.field("message")).contains("job_id");
  }

  @Test
  void refuses_a_request_body_over_64_kib_with_413() {
    String body = json(Map.of("cv_id", cvId, "job_id", jobId, "note", "x".repeat(64 * 1024)));

    ApiResponse response = client.postJson("/api/matches", body, token);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.field("error")).isEqualTo("request_too_large");
  }

  private static String match(String cv, String job) {
    return json(Map.of("cv_id", cv, "job_id", job));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
