package com.tailorjob.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvApiTest {

  private static final String DOCX_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
  void uploads_a_pdf_and_answers_201_with_the_cv() {
    byte[] pdf = SampleFiles.pdf("ada");

    ApiResponse response = client.uploadFile(token, "resume.pdf", pdf);

    assertThat(response.status()).isEqualTo(201);
    JsonNode cv = response.json();
    assertThat(cv.path("id").asText()).isNotBlank();
    assertThat(cv.path("filename").asText()).isEqualTo("resume.pdf");
    assertThat(cv.path("format").asText()).isEqualTo("pdf");
    assertThat(cv.path("size_bytes").asLong()).isEqualTo(pdf.length);
    assertThat(cv.path("content_sha256").asText()).hasSize(64);
    assertThat(cv.path("status").asText()).isEqualTo("uploaded");
    assertThat(cv.path("uploaded_at").asText()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(cv.path("duplicate").asBoolean()).isFalse();
    assertThat(response.header("Location")).hasValue("/api/cvs/" + cv.path("id").asText());
  }

  @Test
  void answers_200_with_the_existing_cv_when_the_same_bytes_come_again() {
    byte[] pdf = SampleFiles.pdf("ada");
    String first = client.uploadFile(token, "resume.pdf", pdf).field("id");

    ApiResponse again = client.uploadFile(token, "resume-copy.pdf", pdf);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.field("id")).isEqualTo(first);
    assertThat(again.json().path("duplicate").asBoolean()).isTrue();
  }

  @Test
  void accepts_a_docx() {
    MultipartBody body = new MultipartBody()
        .file("file", "resume.docx", DOCX_TYPE, SampleFiles.docx("ada"));

    ApiResponse response = client.upload(token, body);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.field("format")).isEqualTo("docx");
  }

  @Test
  void refuses_a_text_file_renamed_to_pdf_with_415() {
    ApiResponse response =
        client.uploadFile(token, "resume.pdf", SampleFiles.text("just some words"));

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.field("error")).isEqualTo("unsupported_media_type");
  }

  @Test
  void refuses_a_plain_zip_renamed_to_docx_with_415() {
    MultipartBody body = new MultipartBody()
        .file("file", "resume.docx", DOCX_TYPE, SampleFiles.plainZip());

    ApiResponse response = client.upload(token, body);

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.field("error")).isEqualTo("unsupported_media_type");
  }

  @Test
  void refuses_a_truncated_pdf_with_422() {
    ApiResponse response = client.uploadFile(token, "resume.pdf", SampleFiles.truncatedPdf());

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.field("error")).isEqualTo("invalid_file");
  }

  @Test
  void refuses_an_empty_file_with_422() {
    ApiResponse response = client.uploadFile(token, "resume.pdf", new byte[0]);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.field("error")).isEqualTo("invalid_file");
    assertThat(response.field("message")).isEqualTo("the file is empty");
  }

  @Test
  void refuses_a_body_without_the_file_part_with_400() {
    MultipartBody body = new MultipartBody().field("title", "my resume");

    ApiResponse response = client.upload(token, body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.field("error")).isEqualTo("bad_request");
    assertThat(response.field("message")).contains("file");
  }

  @Test
  void refuses_an_upload_that_is_not_multipart_with_415() {
    ApiResponse response = client.send(client.request("/api/cvs")
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/pdf")
        .POST(BodyPublishers.ofByteArray(SampleFiles.pdf("ada"))));

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.field("error")).isEqualTo("unsupported_media_type");
  }

  @Test
  void logs_an_upload_that_is_not_multipart_as_a_rejected_upload() {
    byte[] pdf = SampleFiles.pdf("ada");
    api.events.clear();

    client.send(client.request("/api/cvs")
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/pdf")
        .POST(BodyPublishers.ofByteArray(pdf)));

    assertThat(api.events.names()).containsExactly("cv.upload.started", "cv.upload.rejected");
    assertThat(api.events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> {
          assertThat(e.reason()).isEqualTo(UploadRejection.NOT_MULTIPART);
          assertThat(e.user()).isEqualTo(api.userId("ada@example.com"));
          assertThat(e.sizeBytes()).hasValue(pdf.length);
        });
  }

  @Test
  void logs_a_body_without_the_file_part_as_a_rejected_upload() {
    api.events.clear();

    client.upload(token, new MultipartBody().field("title", "my resume"));

    assertThat(api.events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(UploadRejection.MISSING_FILE));
  }

  @Test
  void refuses_a_multipart_body_that_cannot_be_parsed_with_400() {
    ApiResponse response = client.send(client.request("/api/cvs")
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=b")
        .POST(BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.field("error")).isEqualTo("bad_request");
    assertThat(response.field("message")).isEqualTo("the multipart body is malformed");
  }

  @Test
  void logs_a_multipart_body_that_cannot_be_parsed_as_a_rejected_upload() {
    api.events.clear();

    client.send(client.request("/api/cvs")
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=b")
        .POST(BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"")));

    assertThat(api.events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(UploadRejection.MALFORMED_REQUEST));
  }

  @Test
  void answers_401_to_an_upload_with_a_bad_token_while_the_file_is_still_arriving()
      throws Exception {
    MultipartBody body = new MultipartBody()
        .file("file", "resume.pdf", "application/pdf", SampleFiles.pdf("x".repeat(300_000)));
    byte[] bytes = body.toBytes();

    try (RawHttpConnection connection = new RawHttpConnection(client)) {
      connection.write("POST /api/cvs HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Bearer not-a-session\r\n"
          + "Content-Type: " + body.contentType() + "\r\n"
          + "Content-Length: " + bytes.length + "\r\n\r\n");
      connection.trickle(bytes);

      assertThat(connection.readSome()).startsWith("HTTP/1.1 401");
    }
  }

  @Test
  void stores_exactly_the_bytes_of_a_file_spooled_to_disk() throws IOException {
    byte[] pdf = SampleFiles.pdf("x".repeat(300_000));

    String id = client.uploadFile(token, "big.pdf", pdf).field("id");

    var stored = api.cvs.all().stream().filter(cv -> cv.id().equals(new CvId(id))).findFirst();
    assertThat(stored).isPresent();
    try (InputStream in = api.storage.open(stored.get().storageKey())) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
  }

  @Test
  void keeps_a_hostile_filename_harmless() {
    ApiResponse response = client.uploadFile(token, "../../etc/passwd", SampleFiles.pdf("a"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.field("filename")).isEqualTo("passwd");
  }

  @Test
  void shortens_a_very_long_filename() {
    String longName = "r".repeat(5_000) + ".pdf";

    ApiResponse response = client.uploadFile(token, longName, SampleFiles.pdf("a"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.field("filename")).hasSize(255);
  }

  @Test
  void lists_the_callers_cvs() {
    client.uploadFile(token, "one.pdf", SampleFiles.pdf("one"));
    client.uploadFile(token, "two.pdf", SampleFiles.pdf("two"));
    String other = api.tokenFor("bob@example.com");
    client.uploadFile(other, "bob.pdf", SampleFiles.pdf("bob"));

    ApiResponse response = client.get("/api/cvs", token);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("cvs").findValuesAsText("filename"))
        .containsExactlyInAnyOrder("one.pdf", "two.pdf");
  }

  @Test
  void reads_one_of_the_callers_cvs() {
    String id = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada")).field("id");

    ApiResponse response = client.get("/api/cvs/" + id, token);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.field("id")).isEqualTo(id);
    assertThat(response.field("filename")).isEqualTo("resume.pdf");
    assertThat(response.json().has("duplicate")).isFalse();
  }

  @Test
  void answers_404_for_another_users_cv() {
    String id = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada")).field("id");
    String other = api.tokenFor("bob@example.com");

    ApiResponse response = client.get("/api/cvs/" + id, other);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
  }

  @Test
  void cannot_delete_another_users_cv() {
    String id = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada")).field("id");
    String other = api.tokenFor("bob@example.com");

    ApiResponse response = client.delete("/api/cvs/" + id, other);

    assertThat(response.status()).isEqualTo(404);
    assertThat(client.get("/api/cvs/" + id, token).status()).isEqualTo(200);
  }

  @Test
  void a_deleted_cv_is_gone() {
    String id = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada")).field("id");

    ApiResponse deleted = client.delete("/api/cvs/" + id, token);
    ApiResponse after = client.get("/api/cvs/" + id, token);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(after.status()).isEqualTo(404);
    assertThat(api.storage.keys()).isEmpty();
  }

  @Test
  void deletes_a_cv_while_storage_cannot_remove_its_file_and_leaves_the_file_to_the_sweep() {
    String id = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada")).field("id");
    api.storage.failDeletes(true);

    ApiResponse deleted = client.delete("/api/cvs/" + id, token);
    ApiResponse after = client.get("/api/cvs/" + id, token);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(after.status()).isEqualTo(404);
    assertThat(api.cvs.pendingFileRemovals().keys()).isEqualTo(api.storage.keys()).hasSize(1);
  }

  @Test
  void answers_404_for_an_id_that_cannot_exist() {
    ApiResponse response = client.get("/api/cvs/not%20an%20id", token);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
  }

  @Test
  void answers_503_with_a_request_id_when_storage_is_down() {
    api.storage.failNextPut();

    ApiResponse response = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada"));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.field("error")).isEqualTo("service_unavailable");
    assertThat(response.field("request_id")).isNotBlank();
    assertThat(response.body()).doesNotContain("injected", "Exception", "\tat ");
  }

  @Test
  void answers_503_when_the_database_is_down_during_an_upload() {
    api.cvs.failReads(() -> new IllegalStateException("statement failed",
        new SQLException("connection to db-7 refused", "08001")));

    ApiResponse response = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada"));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.field("error")).isEqualTo("service_unavailable");
    assertThat(response.body()).doesNotContain("db-7", "Exception", "\tat ");
    assertThat(api.events.names()).last().isEqualTo("cv.upload.failed");
  }

  @Test
  void passes_the_request_id_to_the_queued_parse() {
    ApiResponse response = client.send(client.request("/api/cvs")
        .header("Authorization", "Bearer " + token)
        .header("X-Request-Id", "trace-42")
        .header("Content-Type", new MultipartBody().contentType())
        .POST(BodyPublishers.ofByteArray(new MultipartBody()
            .file("file", "resume.pdf", "application/pdf", SampleFiles.pdf("a")).toBytes())));

    assertThat(response.status()).isEqualTo(201);
    assertThat(api.cvs.queuedParses()).singleElement()
        .satisfies(parse -> assertThat(parse.requestId().value()).isEqualTo("trace-42"));
  }
}
