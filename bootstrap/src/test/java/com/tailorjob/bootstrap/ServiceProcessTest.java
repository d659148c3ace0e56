package com.tailorjob.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tailorjob.adapters.ai.testing.CvDocuments;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real service in its own JVM, on its embedded defaults, and drives it over HTTP the
 * way the README's walkthrough does: register, log in, upload a real PDF, wait for the parse.
 * Then it stops the process and reads the log files it left behind.
 */
class ServiceProcessTest {

  private static final String EMAIL = "ada@example.com";
  private static final String PASSWORD = "correct horse battery";
  private static final String REQUEST_ID = "e2e-trace-1";
  /** Built once: PDFBox stamps each document it writes, so two builds differ in their bytes. */
  private static final byte[] RESUME = CvDocuments.softwareEngineerPdf();

  @TempDir
  static Path workDir;

  private static Process service;
  private static String baseUrl;
  private static final HttpClient http = HttpClient.newHttpClient();
  private static String cvId;
  private static String token;
  private static String jobId;
  private static String matchBody;
  private static Refusals refusals;
  private static final String JOB = "{\"title\":\"Backend Engineer\",\"company\":\"Acme\","
      + "\"description\":\"We build services in Java and Kotlin on PostgreSQL and Kafka, "
      + "deployed with Docker and Kubernetes.\"}";

  @BeforeAll
  static void start_the_service_and_upload_a_cv() throws Exception {
    int port = freePort();
    baseUrl = "http://127.0.0.1:" + port;
    service = startService(port);
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(() -> get("/health", null).statusCode() == 200);

    post("/api/auth/register", json(EMAIL, PASSWORD), null);
    token = field(post("/api/auth/login", json(EMAIL, PASSWORD), null).body(), "token");
    cvId = field(upload("resume.pdf", RESUME).body(), "id");
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
        .until(() -> get("/api/cvs/" + cvId, token).body().contains("\"status\":\"parsed\""));
    jobId = field(post("/api/jobs", JOB, token).body(), "id");
    matchBody = post("/api/matches",
        "{\"cv_id\":\"" + cvId + "\",\"job_id\":\"" + jobId + "\"}", token).body();
    refusals = askWhatMustBeRefused();

    service.destroy();
    assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  @AfterAll
  static void stop_the_service() {
    if (service != null && service.isAlive()) {
      service.destroyForcibly();
    }
  }

  @Test
  void writes_the_seed_upload_line_to_standard_output() throws IOException {
    String text = Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);

    assertThat(text).containsPattern(
        "\\[" + REQUEST_ID + "] .* - 📤 CV upload started: user=[0-9a-f]+, "
            + "filename=resume.pdf, size=\\d+b");
  }

  @Test
  void ties_the_parse_to_the_upload_through_the_request_id() throws IOException {
    List<String> lines = jsonLinesFor(REQUEST_ID);

    assertThat(lines).anyMatch(line -> line.contains("\"event\":\"cv.upload.started\""));
    assertThat(lines).anyMatch(line -> line.contains("\"event\":\"worker.job.completed\""));
    assertThat(lines).anyMatch(line -> line.contains("\"event\":\"cv.parse.succeeded\""));
  }

  @Test
  void logs_the_worker_lines_with_section_counts() throws IOException {
    String text = Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);

    assertThat(text).contains("🚀 CV Worker started, listening on queue: cv_parse_queue");
    assertThat(text).contains("⚙️  Worker processing CV parse job: cv_id=" + cvId);
    assertThat(text).containsPattern("✅ Worker completed CV parsing: cv_id=" + cvId
        + ", user=[0-9a-f]+, duration=\\d+\\.\\d\\ds, sections=\\{'skills':\\d+,");
  }

  @Test
  void answers_a_match_with_the_local_matcher_by_default() {
    assertThat(matchBody).contains("\"version\":\"v3.0\"").contains("\"cached\":false")
        .containsPattern("\"score\":\\d+");
  }

  @Test
  void logs_the_seed_match_line_with_tokens_and_cost() throws IOException {
    String text = Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);

    assertThat(text).containsPattern("✅ Match analysis complete: cv_id=" + cvId
        + ", job_id=" + jobId + ", score=\\d+%, version=v3.0, tokens=0, cost=\\$0.0000, "
        + "duration=\\d+\\.\\d\\ds");
    assertThat(text).contains("💾 Match score cached: cv_id=" + cvId + ", job_id=" + jobId);
  }

  @Test
  void never_logs_the_password_the_token_or_the_address() throws IOException {
    String text = Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8);
    String json = Files.readString(workDir.resolve("logs.json"), StandardCharsets.UTF_8);

    assertThat(text + json).doesNotContain(PASSWORD).doesNotContain(token).doesNotContain(EMAIL);
  }

  @Test
  void keeps_the_address_out_of_the_embedded_databases_own_log() throws IOException {
    String serverLog = Files.readString(
        workDir.resolve("data").resolve("postgres.log"), StandardCharsets.UTF_8);

    assertThat(serverLog).contains("users_email_unique").doesNotContain(EMAIL);
  }

  @Test
  void answers_the_same_bytes_again_with_the_existing_cv() {
    assertThat(refusals.duplicate().statusCode()).isEqualTo(200);
    assertThat(refusals.duplicate().body()).contains("\"duplicate\":true")
        .contains("\"id\":\"" + cvId + "\"");
  }

  @Test
  void answers_404_for_another_users_cv() {
    assertThat(refusals.foreignCv().statusCode()).isEqualTo(404);
  }

  @Test
  void answers_401_without_a_token() {
    assertThat(refusals.withoutToken().statusCode()).isEqualTo(401);
  }

  @Test
  void answers_409_for_an_address_already_registered() {
    assertThat(refusals.takenAddress().statusCode()).isEqualTo(409);
  }

  @Test
  void answers_429_with_retry_after_once_an_account_has_too_many_failed_logins() {
    assertThat(refusals.throttledLogin().statusCode()).isEqualTo(429);
    assertThat(refusals.throttledLogin().headers().firstValue("Retry-After")).isPresent();
  }

  /** What the running service answers to requests it must refuse, on its real database. */
  private record Refusals(HttpResponse<String> duplicate, HttpResponse<String> foreignCv,
      HttpResponse<String> withoutToken, HttpResponse<String> takenAddress,
      HttpResponse<String> throttledLogin) {}

  private static Refusals askWhatMustBeRefused() throws Exception {
    HttpResponse<String> duplicate = upload("resume-again.pdf", RESUME);
    post("/api/auth/register", json("bob@example.com", PASSWORD), null);
    String bob = field(post("/api/auth/login", json("bob@example.com", PASSWORD), null).body(),
        "token");
    HttpResponse<String> foreignCv = get("/api/cvs/" + cvId, bob);
    HttpResponse<String> withoutToken = get("/api/cvs", null);
    HttpResponse<String> takenAddress = post("/api/auth/register", json(EMAIL, PASSWORD), null);
    HttpResponse<String> login = null;
    for (int attempt = 0; attempt < 6; attempt++) {
      login = post("/api/auth/login", json(EMAIL, "not the password"), null);
    }
    return new Refusals(duplicate, foreignCv, withoutToken, takenAddress, login);
  }

  private static List<String> jsonLinesFor(String requestId) throws IOException {
    return Files.readAllLines(workDir.resolve("logs.json"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains("\"request_id\":\"" + requestId + "\""))
        .toList();
  }

  private static Process startService(int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp",
        System.getProperty("java.class.path"), Main.class.getName())
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("stdout.txt").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("TAILORJOB_"));
    env.put("TAILORJOB_HTTP_PORT", Integer.toString(port));
    env.put("TAILORJOB_HTTP_HOST", "127.0.0.1");
    env.put("TAILORJOB_DATA_DIR", workDir.resolve("data").toString());
    env.put("TAILORJOB_LOG_JSON_FILE", workDir.resolve("logs.json").toString());
    env.put("TAILORJOB_WORKER_POLL_INTERVAL", "PT0.2S");
    return builder.start();
  }

  private static HttpResponse<String> upload(String filename, byte[] content) throws Exception {
    String boundary = "tailorjob-test-boundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
        + "filename=\"" + filename + "\"\r\nContent-Type: application/pdf\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/cvs"))
        .header("Authorization", "Bearer " + token)
        .header("X-Request-Id", REQUEST_ID)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String json, String bearer)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String json(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
    return matcher.group(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
