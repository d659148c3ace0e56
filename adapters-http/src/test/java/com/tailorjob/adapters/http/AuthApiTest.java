package com.tailorjob.adapters.http;

import static com.tailorjob.adapters.http.RunningApi.PASSWORD;
import static com.tailorjob.adapters.http.RunningApi.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthApiTest {

  @TempDir Path tempDir;

  private RunningApi api;
  private ApiClient client;

  @BeforeEach
  void start() {
    api = RunningApi.start(tempDir);
    client = api.client;
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void registers_an_account_and_answers_with_its_id() {
    ApiResponse response =
        client.postJson("/api/auth/register", credentials("ada@example.com", PASSWORD));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.field("user_id")).isNotBlank();
  }

  @Test
  void refuses_a_second_account_for_the_same_email_with_409() {
    client.postJson("/api/auth/register", credentials("ada@example.com", PASSWORD));

    ApiResponse response =
        client.postJson("/api/auth/register", credentials("ADA@example.com", PASSWORD));

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.field("error")).isEqualTo("email_taken");
  }

  @Test
  void refuses_a_weak_password_with_422() {
    ApiResponse response =
        client.postJson("/api/auth/register", credentials("ada@example.com", "short"));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.field("error")).isEqualTo("validation_failed");
    assertThat(response.field("message")).contains("10");
  }

  @Test
  void logs_in_with_a_bearer_token_that_expires() {
    String registered = client.postJson("/api/auth/register",
        credentials("ada@example.com", PASSWORD)).field("user_id");

    ApiResponse response =
        client.postJson("/api/auth/login", credentials("ada@example.com", PASSWORD));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.field("token")).isNotBlank();
    assertThat(response.field("token_type")).isEqualTo("Bearer");
    assertThat(response.field("expires_at")).isEqualTo("2026-03-01T21:00:00Z");
    assertThat(response.field("user_id")).isEqualTo(registered);
    assertThat(response.header("Cache-Control")).contains("no-store");
  }

  @Test
  void refuses_a_wrong_password_with_401_and_a_bearer_challenge() {
    client.postJson("/api/auth/register", credentials("ada@example.com", PASSWORD));

    ApiResponse response =
        client.postJson("/api/auth/login", credentials("ada@example.com", "wrong password!"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.field("error")).isEqualTo("unauthorized");
    assertThat(response.header("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void a_token_stops_working_after_logout() {
    String token = api.tokenFor("ada@example.com");
    ApiResponse before = client.get("/api/cvs", token);

    ApiResponse logout = client.postJson("/api/auth/logout", "", token);
    ApiResponse after = client.get("/api/cvs", token);

    assertThat(before.status()).isEqualTo(200);
    assertThat(logout.status()).isEqualTo(204);
    assertThat(after.status()).isEqualTo(401);
  }

  @Test
  void a_token_stops_working_when_its_session_expires() {
    String token = api.tokenFor("ada@example.com");

    api.clock.advance(Duration.ofHours(12).plusSeconds(1));
    ApiResponse response = client.get("/api/cvs", token);

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void refuses_an_api_call_without_a_token_with_401_and_a_bearer_challenge() {
    ApiResponse response = client.send(client.request("/api/cvs").GET());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.field("error")).isEqualTo("unauthorized");
    assertThat(response.field("request_id")).isNotBlank();
    assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void refuses_an_unknown_token_with_401() {
    ApiResponse response = client.get("/api/cvs", "token-that-was-never-issued");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void refuses_a_malformed_authorization_header_with_401() {
    String token = api.tokenFor("ada@example.com");

    ApiResponse response = client.send(client.request("/api/cvs")
        .header("Authorization", "Basic " + token).GET());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void logout_needs_a_token() {
    ApiResponse response = client.postJson("/api/auth/logout", "");

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void throttles_repeated_failed_logins_with_429_and_retry_after() {
    client.postJson("/api/auth/register", credentials("ada@example.com", PASSWORD));
    for (int i = 0; i < 5; i++) {
      client.postJson("/api/auth/login", credentials("ada@example.com", "wrong password!"));
    }

    ApiResponse response =
        client.postJson("/api/auth/login", credentials("ada@example.com", PASSWORD));

    assertThat(response.status()).isEqualTo(429);
    assertThat(response.field("error")).isEqualTo("too_many_requests");
    assertThat(response.header("Retry-After")).hasValue("900");
  }

  @Test
  void refuses_malformed_json_with_400() {
    ApiResponse response = client.postJson("/api/auth/login", "{\"email\": \"ada@exa");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.field("error")).isEqualTo("bad_request");
  }

  @Test
  void refuses_a_body_without_the_password_field_with_400() {
    ApiResponse response =
        client.postJson("/api/auth/register", "{\"email\":\"ada@example.com\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.field("message")).contains("password");
  }

  @Test
  void never_echoes_the_password_in_an_error() {
    ApiResponse response =
        client.postJson("/api/auth/register", credentials("not-an-email", PASSWORD));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.body()).doesNotContain(PASSWORD);
  }
}
