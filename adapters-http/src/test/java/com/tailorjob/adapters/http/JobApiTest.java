package com.tailorjob.adapters.http;

import static com.tailorjob.adapters.http.RunningApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobApiTest {

  @TempDir Path tempDir;

  private RunningApi api;
  private ApiClient client;
  private String token;

  @BeforeEach
  void start() {
    api = RunningApi.start(tempDir);
    client = api.client;
    token = api.tokenFor("ada@example.com");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void creates_a_job_and_answers_201_with_its_location() {
    ApiResponse response = client.postJson("/api/jobs",
        job("Backend Engineer", "Build Java services.", List.of("Java", "SQL")), token);

    JsonNode job = response.json();
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).hasValue("/api/jobs/" + job.path("id").asText());
    assertThat(job.path("title").asText()).isEqualTo("Backend Engineer");
    assertThat(job.path("company").asText()).isEqualTo("Acme");
    assertThat(job.path("description").asText()).isEqualTo("Build Java services.");
    assertThat(texts(job.path("requirements"))).containsExactly("java", "sql");
    assertThat(job.path("created_at").asText()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(job.path("updated_at").asText()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(job.has("owner")).isFalse();
  }

  @Test
  void reads_the_requirements_from_the_description_when_none_are_given() {
    String body = json(Map.of("title", "Data Engineer",
        "description", "We use Python and SQL every day."));

    JsonNode job = client.postJson("/api/jobs", body, token).json();

    assertThat(texts(job.path("requirements"))).containsExactly("sql", "python");
    assertThat(job.path("company").asText()).isEmpty();
  }

  @Test
  void shows_one_of_the_callers_jobs() {
    String id = api.job(token, "Backend Engineer", List.of("java"));

    ApiResponse response = client.get("/api/jobs/" + id, token);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.field("id")).isEqualTo(id);
    assertThat(response.field("title")).isEqualTo("Backend Engineer");
  }

  @Test
  void lists_only_the_callers_jobs_newest_first() {
    String first = api.job(token, "First", List.of("java"));
    api.clock.advance(Duration.ofMinutes(1));
    String second = api.job(token, "Second", List.of("sql"));
    String bob = api.tokenFor("bob@example.com");
    api.job(bob, "Bob's job", List.of("go"));

    ApiResponse response = client.get("/api/jobs", token);

    assertThat(response.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().path("jobs").forEach(job -> ids.add(job.path("id").asText()));
    assertThat(ids).containsExactly(second, first);
  }

  @Test
  void replaces_a_job_and_keeps_its_creation_time() {
    String id = api.job(token, "Backend Engineer", List.of("java"));
    api.clock.advance(Duration.ofHours(1));

    ApiResponse response = client.putJson("/api/jobs/" + id,
        job("Senior Backend Engineer", "Lead Java services.", List.of("java", "kubernetes")),
        token);

    JsonNode job = response.json();
    assertThat(response.status()).isEqualTo(200);
    assertThat(job.path("title").asText()).isEqualTo("Senior Backend Engineer");
    assertThat(texts(job.path("requirements"))).containsExactly("java", "kubernetes");
    assertThat(job.path("created_at").asText()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(job.path("updated_at").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(client.get("/api/jobs/" + id, token).field("title"))
        .isEqualTo("Senior Backend Engineer");
  }

  @Test
  void deletes_a_job_with_204_after_which_it_is_not_found() {
    String id = api.job(token, "Backend Engineer", List.of("java"));

    ApiResponse response = client.delete("/api/jobs/" + id, token);

    assertThat(response.status()).isEqualTo(204);
    assertThat(client.get("/api/jobs/" + id, token).status()).isEqualTo(404);
  }

  @Test
  void hides_another_users_job_with_404() {
    String id = api.job(token, "Backend Engineer", List.of("java"));
    String bob = api.tokenFor("bob@example.com");

    ApiResponse response = client.get("/api/jobs/" + id, bob);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
    assertThat(response.body()).doesNotContain("Backend Engineer");
  }

  @Test
  void refuses_to_change_another_users_job_with_404() {
    String id = api.job(token, "Backend Engineer", List.of("java"));
    String bob = api.tokenFor("bob@example.com");

    ApiResponse response = client.putJson("/api/jobs/" + id,
        job("Taken over", "Mine now.", List.of("go")), bob);

    assertThat(response.status()).isEqualTo(404);
    assertThat(client.get("/api/jobs/" + id, token).field("title"))
        .isEqualTo("Backend Engineer");
  }

  @Test
  void refuses_to_delete_another_users_job_with_404() {
    String id = api.job(token, "Backend Engineer", List.of("java"));
    String bob = api.tokenFor("bob@example.com");

    ApiResponse response = client.delete("/api/jobs/" + id, bob);

    assertThat(response.status()).isEqualTo(404);
    assertThat(client.get("/api/jobs/" + id, token).status()).isEqualTo(200);
  }

  @Test
  void answers_an_id_that_cannot_exist_with_404() {
    ApiResponse response = client.get("/api/jobs/not%20an%20id!", token);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
  }

  @Test
  void refuses_a_job_without_a_title_with_422() {
    String body = json(Map.of("company", "Acme", "description", "Build services."));

    ApiResponse response = client.postJson("/api/jobs", body, token);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.field("error")).isEqualTo("validation_failed");
    assertThat(response.field("message")).contains("title");
  }

  @Test
  void refuses_a_job_with_a_null_requirement_with_422() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("title", "Backend Engineer");
    fields.put("description", "Build services.");
    fields.put("requirements", Arrays.asList("java", null));

    ApiResponse response = client.postJson("/api/jobs", json(fields), token);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.field("error")).isEqualTo("validation_failed");
  }

  @Test
  void refuses_an_update_that_empties_the_description_with_422() {
    String id = api.job(token, "Backend Engineer", List.of("java"));

    ApiResponse response = client.putJson("/api/jobs/" + id,
        job("Backend Engineer", "  ", List.of("java")), token);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.field("error")).isEqualTo("validation_failed");
  }

  @Test
  void refuses_malformed_json_with_400() {
    ApiResponse response = client.postJson("/api/jobs", "{\"title\": \"Engineer\",", token);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.field("error")).isEqualTo("bad_request");
  }

  @Test
  void refuses_a_title_holding_a_nul_character_with_422() {
    String body = "{\"title\":\"Engi\\u0000neer\",\"company\":\"Acme\","
        + "\"description\":\"Build services.\"}";

    ApiResponse response = client.postJson("/api/jobs", body, token);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.field("message")).contains("NUL");
  }

  @Test
  void refuses_a_number_where_the_title_is_text_with_400() {
    String body = "{\"title\":123,\"company\":\"Acme\",\"description\":\"Build services.\"}";

    ApiResponse response = client.postJson("/api/jobs", body, token);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.field("message")).contains("fields and types");
  }

  @Test
  void refuses_a_body_with_more_after_its_object_with_400() {
    String body = job("Engineer", "Build services.", List.of()) + "{\"title\":\"Second\"}";

    ApiResponse response = client.postJson("/api/jobs", body, token);

    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void refuses_a_body_that_names_a_field_twice_with_400() {
    String body = "{\"title\":\"Engineer\",\"title\":\"Admin\",\"company\":\"Acme\","
        + "\"description\":\"Build services.\"}";

    ApiResponse response = client.postJson("/api/jobs", body, token);

    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void accepts_the_longest_description_in_a_script_of_three_byte_characters() {
    String description = "職".repeat(50_000);

    ApiResponse response = client.postJson("/api/jobs",
        job("Engineer", description, List.of("java")), token);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.field("description")).hasSize(50_000);
  }

  @Test
  void refuses_a_job_body_over_256_kib_with_413() {
    String description = "x".repeat(256 * 1024);

    ApiResponse response = client.postJson("/api/jobs",
        job("Engineer", description, List.of("java")), token);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.field("error")).isEqualTo("request_too_large");
  }

  @Test
  void answers_413_to_a_client_still_sending_an_oversized_body() throws Exception {
    byte[] body = job("Engineer", "x".repeat(300 * 1024), List.of("java"))
        .getBytes(StandardCharsets.UTF_8);

    try (RawHttpConnection connection = new RawHttpConnection(client)) {
      connection.write("POST /api/jobs HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Bearer " + token + "\r\n"
          + "Content-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n");
      connection.trickle(body);

      assertThat(connection.readSome()).startsWith("HTTP/1.1 413");
    }
  }

  private static String job(String title, String description, List<String> requirements) {
    return json(Map.of("title", title, "company", "Acme", "description", description,
        "requirements", requirements));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
