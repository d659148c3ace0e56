package com.tailorjob.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchingAuthenticationApiTest {

  @TempDir Path tempDir;

  private RunningApi api;

  @BeforeEach
  void start() {
    api = RunningApi.start(tempDir);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "POST, /api/jobs",
      "GET, /api/jobs",
      "GET, /api/jobs/job-1",
      "PUT, /api/jobs/job-1",
      "DELETE, /api/jobs/job-1",
      "POST, /api/matches",
      "GET, /api/usage"
  })
  void refuses_a_request_without_a_token_with_401(String method, String path) {
    String body = "{\"title\":\"Engineer\",\"description\":\"Java\",\"cv_id\":\"cv-1\"}";

    ApiResponse response = api.client.send(api.client.request(path)
        .header("Content-Type", "application/json")
        .method(method, BodyPublishers.ofString(body)));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.field("error")).isEqualTo("unauthorized");
    assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
  }
}
