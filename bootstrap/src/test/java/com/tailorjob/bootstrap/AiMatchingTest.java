package com.tailorjob.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.tailorjob.adapters.ai.testing.CvDocuments;
import com.tailorjob.adapters.persistence.testing.PostgresFixture;
import com.tailorjob.adapters.persistence.testing.TestDatabase;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.cv.UploadedCv;
import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.application.match.MatchAnalysis;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.UsageSummary;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matcher v5.1 wired as the service wires it, against an OpenAI-compatible provider run by
 * WireMock: what the user gets and what the usage ledger keeps.
 */
class AiMatchingTest {

  private static final String CHAT_PATH = "/v1/chat/completions";
  private static final String MODEL = "gpt-4o-mini";

  private static WireMockServer provider;

  @TempDir Path storage;

  private final TestDatabase database = PostgresFixture.createEmptyDatabase();
  private final RecordingObservability events = new RecordingObservability();
  private TailorJob tailorJob;
  private UserId user;

  @BeforeAll
  static void start_the_provider() {
    provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    provider.start();
  }

  @AfterAll
  static void stop_the_provider() {
    provider.stop();
  }

  /** TailorJob as the service wires it, with v5.1 for everyone and the provider configured. */
  @BeforeEach
  void build_tailorjob_with_a_chat_provider() {
    tailorJob = TailorJob.builder(database.dataSource())
        .config(TailorJobConfig.from(Map.of(
            "TAILORJOB_STORAGE_DIR", storage.toString(),
            "TAILORJOB_MATCHER_DEFAULT_VERSION", "v5.1",
            "TAILORJOB_LLM_BASE_URL", provider.baseUrl() + "/v1",
            "TAILORJOB_LLM_MODEL", MODEL,
            "TAILORJOB_LLM_API_KEY", "sk-test")))
        .observability(events)
        .build();
    user = tailorJob.registerUser()
        .register(new RegisterUser.Command("ai@example.com", "a long password"));
  }

  @AfterEach
  void drop_the_database() {
    database.close();
    provider.resetAll();
  }

  @Test
  void answers_with_v3_0_when_the_chat_provider_fails() {
    answer(aResponse().withStatus(500).withBody("{\"error\": {\"message\": \"down\"}}"));

    MatchAnalysis analysis = analyzeSampleCv();

    assertThat(analysis.result().version()).isEqualTo(MatcherVersion.V3_0);
    assertThat(events.names()).contains("match.matcher.fallback");
  }

  @Test
  void enters_the_tokens_and_cost_the_provider_reports_in_the_usage_ledger() {
    answer(okJson(completion(1200, 85)));

    MatchAnalysis analysis = analyzeSampleCv();

    UsageSummary usage = tailorJob.showUsage().of(user);
    assertThat(analysis.result().version()).isEqualTo(MatcherVersion.V5_1);
    assertThat(usage.total().inputTokens()).isGreaterThan(1200);
    assertThat(usage.total().outputTokens()).isEqualTo(85);
    assertThat(usage.total().costUsd()).isPositive();
  }

  /** Uploads, parses and matches the sample engineer CV against a backend posting. */
  private MatchAnalysis analyzeSampleCv() {
    UploadedCv cv = tailorJob.uploadCv().upload(new UploadCv.Command(user, "cv.pdf",
        ByteSource.ofBytes(CvDocuments.softwareEngineerPdf()), new RequestId("ai-1")));
    tailorJob.parseWorker().processNext();
    JobPosting job = tailorJob.manageJobs().create(user, new ManageJobs.JobDraft(
        "Backend Engineer", "Acme", "Java, PostgreSQL, Docker and Kubernetes.", List.of()));

    return tailorJob.analyzeMatch().analyze(user, cv.cv().id(), job.id());
  }

  private static void answer(ResponseDefinitionBuilder response) {
    provider.stubFor(post(urlPathEqualTo(CHAT_PATH)).willReturn(response));
  }

  private static String completion(int promptTokens, int completionTokens) {
    return """
        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1717000000,
         "model": "%s",
         "choices": [{"index": 0, "finish_reason": "stop",
           "message": {"role": "assistant",
             "content": "{\\"explanation\\": \\"Add Terraform.\\", \\"score_adjustment\\": 2}"}}],
         "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d}}
        """.formatted(MODEL, promptTokens, completionTokens, promptTokens + completionTokens);
  }
}
