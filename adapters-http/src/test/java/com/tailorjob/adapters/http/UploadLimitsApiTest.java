package com.tailorjob.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadLimitsApiTest {

  private static final long LIMIT = 4 * 1024;

  @TempDir Path tempDir;

  private RunningApi api;
  private ApiClient client;
  private String token;

  @BeforeEach
  void start() {
    api = RunningApi.start(RunningApi.Options.standard(tempDir).withMaxUploadBytes(LIMIT));
    client = api.client;
    token = api.tokenFor("ada@example.com");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void accepts_a_file_of_exactly_the_limit() {
    byte[] pdf = pdfOfSize(LIMIT);

    ApiResponse response = client.uploadFile(token, "resume.pdf", pdf);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().path("size_bytes").asLong()).isEqualTo(LIMIT);
  }

  @Test
  void refuses_a_file_one_byte_over_the_limit_with_413() {
    ApiResponse response = client.uploadFile(token, "resume.pdf", pdfOfSize(LIMIT + 1));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.field("error")).isEqualTo("file_too_large");
    assertThat(api.storage.keys()).isEmpty();
  }

  @Test
  void refuses_an_oversized_body_sent_without_a_length_with_413() {
    MultipartBody body =
        new MultipartBody().file("file", "resume.pdf", "application/pdf", pdfOfSize(3 * LIMIT));

    ApiResponse response = client.uploadChunked(token, body);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.field("error")).isEqualTo("file_too_large");
  }

  @Test
  void answers_413_from_the_declared_length_without_reading_the_body() throws IOException {
    try (RawHttpConnection connection = new RawHttpConnection(client)) {
      connection.write("POST /api/cvs HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Bearer " + token + "\r\n"
          + "Content-Type: multipart/form-data; boundary=b\r\n"
          + "Content-Length: 50000000\r\n\r\n--b\r\n");

      String response = connection.readSome();

      assertThat(response).startsWith("HTTP/1.1 413").contains("\"file_too_large\"");
    }
  }

  @Test
  void logs_a_file_over_the_limit_as_a_rejected_upload() {
    api.events.clear();

    client.uploadFile(token, "resume.pdf", pdfOfSize(LIMIT + 1));

    assertThat(api.events.names()).containsExactly("cv.upload.started", "cv.upload.rejected");
    assertThat(api.events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(UploadRejection.TOO_LARGE));
  }

  @Test
  void logs_a_body_declared_over_the_limit_with_its_declared_size() throws IOException {
    api.events.clear();

    try (RawHttpConnection connection = new RawHttpConnection(client)) {
      connection.write("POST /api/cvs HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Bearer " + token + "\r\n"
          + "Content-Type: multipart/form-data; boundary=b\r\n"
          + "Content-Length: 50000000\r\n\r\n--b\r\n");
      connection.readSome();
    }

    assertThat(api.events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> {
          assertThat(e.reason()).isEqualTo(UploadRejection.TOO_LARGE);
          assertThat(e.sizeBytes()).hasValue(50_000_000);
        });
  }

  @Test
  void logs_an_oversized_body_sent_without_a_length_with_no_size() {
    MultipartBody body =
        new MultipartBody().file("file", "resume.pdf", "application/pdf", pdfOfSize(3 * LIMIT));
    api.events.clear();

    client.uploadChunked(token, body);

    assertThat(api.events.eventsOf(CvEvent.UploadStarted.class)).singleElement()
        .satisfies(e -> assertThat(e.sizeBytes()).isEmpty());
    assertThat(api.events.eventsOf(CvEvent.ValidationRejected.class)).singleElement()
        .satisfies(e -> assertThat(e.sizeBytes()).isEmpty());
  }

  /** A well-formed PDF of an exact size, padded inside a comment. */
  private static byte[] pdfOfSize(long size) {
    int overhead = SampleFiles.pdf("").length;
    return SampleFiles.pdf("x".repeat((int) size - overhead));
  }
}
