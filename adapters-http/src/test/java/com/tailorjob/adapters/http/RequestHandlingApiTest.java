package com.tailorjob.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.user.UserId;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

class RequestHandlingApiTest {

  @TempDir Path tempDir;

  @Test
  void echoes_a_well_formed_request_id() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(
          api.client.request("/api/cvs").header("X-Request-Id", "trace-7.a:b").GET());

      assertThat(response.header("X-Request-Id")).hasValue("trace-7.a:b");
      assertThat(response.field("request_id")).isEqualTo("trace-7.a:b");
    }
  }

  @Test
  void replaces_a_request_id_that_could_forge_a_header_or_a_log_field() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(
          api.client.request("/health").header("X-Request-Id", "abc X-Evil: 1, user=x").GET());

      assertThat(response.header("X-Request-Id")).hasValueSatisfying(
          id -> assertThat(id).startsWith("req-").doesNotContain("Evil"));
      assertThat(response.header("X-Evil")).isEmpty();
    }
  }

  @Test
  void replaces_an_overlong_request_id() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(
          api.client.request("/health").header("X-Request-Id", "a".repeat(200)).GET());

      assertThat(response.header("X-Request-Id")).hasValueSatisfying(
          id -> assertThat(id).startsWith("req-").hasSizeLessThan(65));
    }
  }

  @Test
  void answers_an_unknown_route_with_a_json_404() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(api.client.request("/api/nothing-here").GET());

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/json");
      assertThat(response.field("error")).isEqualTo("not_found");
      assertThat(response.field("request_id")).isNotBlank();
    }
  }

  @Test
  void answers_headers_too_large_for_jetty_with_a_json_error_and_a_request_id()
      throws IOException {
    try (RunningApi api = RunningApi.start(tempDir);
        RawHttpConnection connection = new RawHttpConnection(api.client)) {

      connection.write("GET /api/cvs HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
          + "x".repeat(64 * 1024) + "\r\n\r\n");

      assertThat(connection.readSome())
          .startsWith("HTTP/1.1 431 ")
          .contains("Content-Type: application/json", "X-Request-Id: req-")
          .contains("\"error\":\"request_too_large\"", "\"request_id\":\"req-");
    }
  }

  @Test
  void answers_a_path_jetty_cannot_decode_with_a_json_error_and_a_request_id()
      throws IOException {
    try (RunningApi api = RunningApi.start(tempDir);
        RawHttpConnection connection = new RawHttpConnection(api.client)) {

      connection.write("GET /api/cvs/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");

      assertThat(connection.readSome())
          .startsWith("HTTP/1.1 400 ")
          .contains("Content-Type: application/json", "X-Request-Id: req-")
          .contains("\"error\":\"bad_request\"", "\"request_id\":\"req-");
    }
  }

  @Test
  void answers_a_head_request_without_a_token_with_401() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(api.client.request("/api/jobs")
          .method("HEAD", HttpRequest.BodyPublishers.noBody()));

      assertThat(response.status()).isEqualTo(401);
    }
  }

  @Test
  void answers_a_head_request_for_the_health_check() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(api.client.request("/health")
          .method("HEAD", HttpRequest.BodyPublishers.noBody()));

      assertThat(response.status()).isEqualTo(200);
    }
  }

  @Test
  void answers_a_method_a_known_route_does_not_take_with_a_json_405() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(api.client.request("/api/jobs/some-job")
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));

      assertThat(response.status()).isEqualTo(405);
      assertThat(response.field("error")).isEqualTo("method_not_allowed");
    }
  }

  @Test
  void runs_the_use_case_with_the_request_id_and_user_in_the_mdc() {
    List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    RunningApi.Options options = RunningApi.Options.standard(tempDir)
        .withObservability(events -> event -> {
          seen.add(Optional.ofNullable(MDC.getCopyOfContextMap()).orElse(Map.of()));
          events.emit(event);
        });
    try (RunningApi api = RunningApi.start(options)) {
      String token = api.tokenFor("ada@example.com");
      seen.clear();

      api.client.send(api.client.request("/api/cvs")
          .header("Authorization", "Bearer " + token)
          .header("X-Request-Id", "trace-mdc")
          .header("Content-Type", new MultipartBody().contentType())
          .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new MultipartBody()
              .file("file", "resume.pdf", "application/pdf", SampleFiles.pdf("a")).toBytes())));

      assertThat(seen).isNotEmpty().allSatisfy(mdc -> {
        assertThat(mdc).containsEntry("request_id", "trace-mdc");
        assertThat(mdc.get("user")).startsWith("user-");
      });
    }
  }

  @Test
  void answers_an_unexpected_failure_with_a_generic_500() {
    RunningApi.Options options = RunningApi.Options.standard(tempDir)
        .withCvRepository(FailingListings::new);
    try (RunningApi api = RunningApi.start(options)) {
      String token = api.tokenFor("ada@example.com");

      ApiResponse response = api.client.get("/api/cvs", token);

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.field("error")).isEqualTo("internal_error");
      assertThat(response.field("request_id")).isNotBlank();
      assertThat(response.body())
          .doesNotContain("hunter2", "IllegalStateException", "FailingListings", "\tat ");
    }
  }

  @Test
  void answers_a_database_outage_outside_any_operation_with_a_generic_503() {
    try (RunningApi api = RunningApi.start(tempDir)) {
      String token = api.tokenFor("ada@example.com");
      api.cvs.failReads(() -> new IllegalStateException("listing failed for admin:hunter2",
          new SQLException("connection refused", "08001")));

      ApiResponse response = api.client.get("/api/cvs", token);

      assertThat(response.status()).isEqualTo(503);
      assertThat(response.field("error")).isEqualTo("service_unavailable");
      assertThat(response.field("request_id")).isNotBlank();
      assertThat(response.body()).doesNotContain("hunter2", "refused", "SQLException", "\tat ");
    }
  }

  @Test
  void reports_healthy_with_200() {
    try (RunningApi api = RunningApi.start(tempDir)) {

      ApiResponse response = api.client.send(api.client.request("/health").GET());

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.field("status")).isEqualTo("up");
    }
  }

  @Test
  void reports_a_failed_dependency_with_503_and_its_details() {
    RunningApi.Options options = RunningApi.Options.standard(tempDir)
        .withHealth(() -> Health.down(Map.of("database", "down")));
    try (RunningApi api = RunningApi.start(options)) {

      ApiResponse response = api.client.send(api.client.request("/health").GET());

      assertThat(response.status()).isEqualTo(503);
      assertThat(response.field("status")).isEqualTo("down");
      assertThat(response.json().path("details").path("database").asText()).isEqualTo("down");
    }
  }

  @Test
  void reports_a_health_check_that_throws_as_down_without_its_message() {
    RunningApi.Options options = RunningApi.Options.standard(tempDir)
        .withHealth(() -> {
          throw new IllegalStateException("jdbc:postgresql://secret-host/db");
        });
    try (RunningApi api = RunningApi.start(options)) {

      ApiResponse response = api.client.send(api.client.request("/health").GET());

      assertThat(response.status()).isEqualTo(503);
      assertThat(response.body()).doesNotContain("secret-host");
    }
  }

  /** A repository whose listing breaks in a way no use case expects. */
  private static final class FailingListings implements CvRepository {

    private final CvRepository delegate;

    FailingListings(CvRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public void addAndQueueParse(Cv cv, ParseRequest parse) {
      delegate.addAndQueueParse(cv, parse);
    }

    @Override
    public Optional<Cv> findByContentHash(UserId owner, ContentHash hash) {
      return delegate.findByContentHash(owner, hash);
    }

    @Override
    public Optional<Cv> find(UserId owner, CvId id) {
      return delegate.find(owner, id);
    }

    @Override
    public List<Cv> listByOwner(UserId owner) {
      throw new IllegalStateException("connection to db as admin:hunter2 lost");
    }

    @Override
    public boolean delete(UserId owner, CvId id, Instant now) {
      return delegate.delete(owner, id, now);
    }
  }
}
