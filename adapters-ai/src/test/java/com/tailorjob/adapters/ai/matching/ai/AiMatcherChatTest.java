package com.tailorjob.adapters.ai.matching.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.tailorjob.adapters.ai.matching.LocalMatcher;
import com.tailorjob.adapters.ai.matching.SampleJobs;
import com.tailorjob.adapters.ai.matching.SkillVocabulary;
import com.tailorjob.application.port.out.MatcherUnavailableException;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.parse.CvSections;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Matcher v5.1 with a chat model, against an OpenAI-compatible server run by WireMock. */
class AiMatcherChatTest {

  private static final String CHAT_PATH = "/v1/chat/completions";
  private static final String MODEL = "gpt-4o-mini";
  private static final String API_KEY = "sk-test-0123456789";
  private static final LocalMatcher LOCAL = new LocalMatcher(SkillVocabulary.standard(),
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
  private static final CvSections CV = SampleJobs.softwareEngineerCv();
  private static final JobPosting JOB = SampleJobs.backendEngineer();

  private static WireMockServer provider;
  private static SemanticScorer semantic;

  @BeforeAll
  static void start_the_provider_and_load_the_embedding_model() {
    provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    provider.start();
    semantic = new SemanticScorer();
  }

  @AfterAll
  static void stop_the_provider() {
    provider.stop();
  }

  @BeforeEach
  void forget_earlier_calls() {
    provider.resetAll();
  }

  @Test
  void prices_the_tokens_the_provider_reports_from_the_price_table() {
    answer(okJson(completion("{\"explanation\": \"Add Terraform.\", \"score_adjustment\": 3}",
        1200, 85)));
    AiMatcherSettings settings = AiMatcherSettings.withChat(settings())
        .withPrice(MODEL, ModelPrice.of("0.15", "0.60"));
    long embeddingTokens = embeddingOnly().match(CV, JOB).usage().inputTokens();

    MatchResult result = new AiMatcher(settings, LOCAL, semantic).match(CV, JOB);

    assertThat(result.usage().inputTokens()).isEqualTo(embeddingTokens + 1200);
    assertThat(result.usage().outputTokens()).isEqualTo(85);
    assertThat(result.usage().costUsd()).isEqualByComparingTo("0.000231");
  }

  @Test
  void takes_the_explanation_and_applies_the_adjustment_of_the_chat_model() {
    answer(okJson(completion(
        "{\"explanation\": \"Show your Terraform work.\", \"score_adjustment\": -4}", 900, 40)));
    int baseline = embeddingOnly().match(CV, JOB).score();

    MatchResult result = matcher(settings()).match(CV, JOB);

    assertThat(result.explanation()).isEqualTo("Show your Terraform work.");
    assertThat(result.score()).isEqualTo(baseline - 4);
  }

  @Test
  void bounds_an_adjustment_beyond_ten_points() {
    answer(okJson(completion("{\"explanation\": \"Great fit.\", \"score_adjustment\": 60}",
        900, 40)));
    int baseline = embeddingOnly().match(CV, JOB).score();

    MatchResult result = matcher(settings()).match(CV, JOB);

    assertThat(result.score()).isEqualTo(Math.min(100, baseline + 10));
  }

  @Test
  void names_the_embedding_and_chat_models() {
    AiMatcher matcher = matcher(settings());

    assertThat(matcher.model()).isEqualTo("all-minilm-l6-v2-q+gpt-4o-mini");
  }

  @Test
  void sends_the_key_and_the_cv_sections_but_no_contact_details() throws Exception {
    answer(okJson(completion("{\"explanation\": \"Fine.\", \"score_adjustment\": 0}", 9, 9)));
    CvSections withContactInText = new CvSections(CV.skills(), CV.experience(), CV.education(),
        CV.certifications(), "Reach me at alex.morgan@example.com or +44 7700 900123.",
        CV.contact());

    matcher(settings()).match(withContactInText, JOB);

    LoggedRequest request = provider.findAll(postRequestedFor(urlPathEqualTo(CHAT_PATH))).get(0);
    String prompt = promptOf(request);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(prompt).contains("Led the migration of the settlement service to Kubernetes.")
        .doesNotContain("alex.morgan", "7700", "github.com/alexmorgan");
  }

  @Test
  void refuses_an_answer_that_is_not_the_json_asked_for() {
    answer(okJson(completion("The candidate looks strong, I would add 5 points.", 900, 40)));

    MatcherUnavailableException failure = failureOf(matcher(settings()));

    assertThat(failure.reason()).isEqualTo("bad_answer");
  }

  @Test
  void says_what_a_call_whose_answer_could_not_be_read_was_billed() {
    answer(okJson(completion("The candidate looks strong, I would add 5 points.", 900, 40)));
    AiMatcherSettings settings = AiMatcherSettings.withChat(settings())
        .withPrice(MODEL, ModelPrice.of("0.15", "0.60"));

    MatcherUnavailableException failure = failureOf(new AiMatcher(settings, LOCAL, semantic));

    assertThat(failure.spent().inputTokens()).isEqualTo(900);
    assertThat(failure.spent().outputTokens()).isEqualTo(40);
    assertThat(failure.spent().costUsd()).isEqualByComparingTo("0.000159");
  }

  @Test
  void gives_up_when_the_provider_answers_after_the_timeout() {
    answer(okJson(completion("{\"explanation\": \"Late.\", \"score_adjustment\": 0}", 9, 9))
        .withFixedDelay(3_000));
    ChatProviderSettings impatient = settings()
        .withTimeout(Duration.ofMillis(300))
        .withRetries(0, Duration.ofMillis(10));

    MatcherUnavailableException failure = failureOf(matcher(impatient));

    assertThat(failure.reason()).isEqualTo("timeout");
  }

  @Test
  void does_not_retry_a_call_that_timed_out() {
    answer(okJson(completion("{\"explanation\": \"Late.\", \"score_adjustment\": 0}", 9, 9))
        .withFixedDelay(3_000));
    ChatProviderSettings impatient = settings().withTimeout(Duration.ofMillis(300));

    failureOf(matcher(impatient));

    assertThat(chatCalls()).isEqualTo(1);
  }

  @Test
  void reports_a_rate_limit_without_retrying() {
    answer(aResponse().withStatus(429).withBody("{\"error\": {\"message\": \"slow down\"}}"));

    MatcherUnavailableException failure = failureOf(matcher(settings()));

    assertThat(failure.reason()).isEqualTo("rate_limited");
    assertThat(chatCalls()).isEqualTo(1);
  }

  @Test
  void reports_a_provider_error_after_retrying_twice() {
    answer(aResponse().withStatus(500).withBody("{\"error\": {\"message\": \"boom\"}}"));

    MatcherUnavailableException failure = failureOf(matcher(settings()));

    assertThat(failure.reason()).isEqualTo("provider_error");
    assertThat(chatCalls()).isEqualTo(3);
  }

  @Test
  void keeps_the_provider_answer_and_key_out_of_the_failure() {
    answer(aResponse().withStatus(401)
        .withBody("{\"error\": {\"message\": \"Incorrect API key provided: " + API_KEY + "\"}}"));

    MatcherUnavailableException failure = failureOf(matcher(settings()));

    assertThat(failure.reason()).isEqualTo("provider_error");
    assertThat(failure).hasMessageNotContaining(API_KEY);
    assertThat(failure.getCause()).hasMessageNotContaining(API_KEY).hasNoCause();
  }

  @Test
  void fails_fast_without_calling_the_provider_once_its_circuit_is_open() {
    answer(aResponse().withStatus(503));
    AiMatcher matcher = matcher(settings()
        .withRetries(0, Duration.ofMillis(10))
        .withBreaker(new BreakerSettings(4, 4, 50, Duration.ofMinutes(1))));
    for (int i = 0; i < 4; i++) {
      failureOf(matcher);
    }

    MatcherUnavailableException failure = failureOf(matcher);

    assertThat(failure.reason()).isEqualTo("circuit_open");
    assertThat(chatCalls()).isEqualTo(4);
  }

  private static ChatProviderSettings settings() {
    return ChatProviderSettings.of(URI.create(provider.baseUrl() + "/v1"), Optional.of(API_KEY),
            MODEL)
        .withTimeout(Duration.ofSeconds(5))
        .withRetries(2, Duration.ofMillis(10));
  }

  private static AiMatcher matcher(ChatProviderSettings chat) {
    return new AiMatcher(AiMatcherSettings.withChat(chat), LOCAL, semantic);
  }

  private static AiMatcher embeddingOnly() {
    return new AiMatcher(AiMatcherSettings.embeddingOnly(), LOCAL, semantic);
  }

  private static void answer(ResponseDefinitionBuilder response) {
    provider.stubFor(post(urlPathEqualTo(CHAT_PATH)).willReturn(response));
  }

  private static MatcherUnavailableException failureOf(AiMatcher matcher) {
    return catchThrowableOfType(MatcherUnavailableException.class,
        () -> matcher.match(CV, JOB));
  }

  private static int chatCalls() {
    return provider.findAll(postRequestedFor(urlPathEqualTo(CHAT_PATH))).size();
  }

  private static String promptOf(LoggedRequest request) throws Exception {
    return new ObjectMapper().readTree(request.getBodyAsString()).path("messages").toString();
  }

  private static String completion(String content, int promptTokens, int completionTokens)
      throws IllegalStateException {
    try {
      return new ObjectMapper().writeValueAsString(Map.of(
          "id", "chatcmpl-1",
          "object", "chat.completion",
          "created", 1_717_000_000,
          "model", MODEL,
          "choices", List.of(Map.of(
              "index", 0,
              "message", Map.of("role", "assistant", "content", content),
              "finish_reason", "stop")),
          "usage", Map.of(
              "prompt_tokens", promptTokens,
              "completion_tokens", completionTokens,
              "total_tokens", promptTokens + completionTokens)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
