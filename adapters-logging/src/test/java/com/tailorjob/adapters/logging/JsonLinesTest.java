package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.CV;
import static com.tailorjob.adapters.logging.SampleEvents.DURATION;
import static com.tailorjob.adapters.logging.SampleEvents.HASH;
import static com.tailorjob.adapters.logging.SampleEvents.RESUME;
import static com.tailorjob.adapters.logging.SampleEvents.SIZE;
import static com.tailorjob.adapters.logging.SampleEvents.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.CvEvent.UploadStage;
import com.tailorjob.domain.user.LoginThrottle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  @TempDir Path folder;

  @AfterEach
  void clearContext() {
    ThreadContext.clearMap();
  }

  @Test
  void a_line_holds_time_level_logger_thread_event_and_the_human_message() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadStarted(USER, RESUME, SIZE));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]{12}Z");
    assertThat(line.get("level").asText()).isEqualTo("INFO");
    assertThat(line.get("logger").asText()).isEqualTo("tailorjob.cv");
    assertThat(line.get("thread").asText()).isEqualTo(Thread.currentThread().getName());
    assertThat(line.get("event").asText()).isEqualTo("cv.upload.started");
    assertThat(line.get("message").asText())
        .isEqualTo("📤 CV upload started: user=abc123, filename=resume.pdf, size=245760b");
  }

  @Test
  void the_timestamp_is_the_moment_the_event_was_emitted() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability(Clock.fixed(Instant.parse("2030-01-01T12:00:00.123Z"), ZoneOffset.UTC))
        .emit(new CvEvent.UploadStarted(USER, RESUME, SIZE));

    assertThat(log.jsonLines().get(0).get("timestamp").asText())
        .isEqualTo("2030-01-01T12:00:00.123Z");
  }

  @Test
  void fields_are_top_level_keys_with_their_native_types() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.DuplicateDetected(USER, RESUME, HASH, CV, DURATION));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("user").isTextual()).isTrue();
    assertThat(line.get("user").asText()).isEqualTo("abc123");
    assertThat(line.get("filename").asText()).isEqualTo("resume.pdf");
    assertThat(line.get("hash").asText()).isEqualTo("a1b2c3d4");
    assertThat(line.get("cv_id").asText()).isEqualTo("xyz789");
    assertThat(line.get("duration_ms").isIntegralNumber()).isTrue();
    assertThat(line.get("duration_ms").asLong()).isEqualTo(2_340);
  }

  @Test
  void sizes_and_waits_are_numbers() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadStarted(USER, RESUME, SIZE));
    log.observability().emit(new AuthEvent.LoginThrottled(
        LoginThrottle.Limit.ADDRESS, Duration.ofSeconds(30), DURATION));

    assertThat(log.jsonLines()).satisfiesExactly(
        upload -> assertThat(upload.get("size_bytes").asLong()).isEqualTo(245_760),
        throttle -> assertThat(throttle.get("retry_after_s").isIntegralNumber()).isTrue());
  }

  @Test
  void the_context_request_id_and_the_labels_are_keys() {
    CapturedLog log = CapturedLog.in(folder);
    ThreadContext.put(Log4jObservability.CONTEXT_REQUEST_ID, "req-1");

    log.observability().emit(new CvEvent.UploadStarted(USER, RESUME, SIZE));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("request_id").asText()).isEqualTo("req-1");
    assertThat(line.get("job").asText()).isEqualTo("tailorjob-api");
    assertThat(line.get("env").asText()).isEqualTo("test");
  }

  @Test
  void an_event_naming_no_user_takes_the_user_of_the_context() {
    CapturedLog log = CapturedLog.in(folder);
    ThreadContext.put(Log4jObservability.CONTEXT_USER, "abc123");

    log.observability().emit(new AuthEvent.RegistrationStarted());

    assertThat(log.jsonLines().get(0).get("user").asText()).isEqualTo("abc123");
  }

  @Test
  void the_user_of_the_event_is_the_only_user_key() {
    CapturedLog log = CapturedLog.in(folder);
    ThreadContext.put(Log4jObservability.CONTEXT_USER, "someone-else");

    log.observability().emit(new CvEvent.UploadStarted(USER, RESUME, SIZE));

    assertThat(log.jsonLines().get(0).get("user").asText()).isEqualTo("abc123");
  }

  @Test
  void a_failure_carries_its_exception_as_a_field() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadFailed(Optional.empty(), USER, RESUME,
        UploadStage.STORING, DURATION, new IOException("disk full")));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("level").asText()).isEqualTo("ERROR");
    assertThat(line.at("/exception/class").asText()).isEqualTo("java.io.IOException");
    assertThat(line.at("/exception/message").asText()).isEqualTo("disk full");
    assertThat(line.at("/exception/stacktrace").asText())
        .contains("java.io.IOException: disk full")
        .contains("at com.tailorjob.adapters.logging.JsonLinesTest");
  }

  @Test
  void a_success_has_no_exception_key() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadCompleted(CV, USER, DURATION));

    assertThat(log.jsonLines().get(0).has("exception")).isFalse();
  }
}
