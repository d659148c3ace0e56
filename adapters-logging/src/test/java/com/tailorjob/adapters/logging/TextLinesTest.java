package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.CV;
import static com.tailorjob.adapters.logging.SampleEvents.DURATION;
import static com.tailorjob.adapters.logging.SampleEvents.HASH;
import static com.tailorjob.adapters.logging.SampleEvents.PATH;
import static com.tailorjob.adapters.logging.SampleEvents.RESUME;
import static com.tailorjob.adapters.logging.SampleEvents.SIZE;
import static com.tailorjob.adapters.logging.SampleEvents.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.CvEvent.UploadStage;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.user.LoginThrottle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextLinesTest {

  @TempDir Path folder;

  @AfterEach
  void clearContext() {
    ThreadContext.clearMap();
  }

  static Stream<Arguments> seed_lines() {
    return Stream.of(
        Arguments.of(new CvEvent.UploadStarted(USER, RESUME, SIZE),
            "📤 CV upload started: user=abc123, filename=resume.pdf, size=245760b"),
        Arguments.of(new CvEvent.StorageUploadStarted(USER, RESUME, HASH),
            "📁 Uploading CV to storage: user=abc123, filename=resume.pdf, hash=a1b2c3d4..."),
        Arguments.of(new CvEvent.StoredInStorage(USER, PATH),
            "✅ CV uploaded to storage: user=abc123, path=/cv/abc123/xyz789.pdf"),
        Arguments.of(new CvEvent.RecordCreated(CV, USER, RESUME),
            "💾 CV record created: cv_id=xyz789, user=abc123, filename=resume.pdf"));
  }

  @ParameterizedTest
  @MethodSource
  void seed_lines(DomainEvent event, String expected) {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(event);

    assertThat(log.messages()).containsExactly(expected);
  }

  static Stream<Arguments> upload_lines() {
    return Stream.of(
        Arguments.of(new CvEvent.ValidationPassed(USER, RESUME, CvFormat.PDF, SIZE),
            "✅ CV validation passed: user=abc123, filename=resume.pdf, type=pdf, size=245760b"),
        Arguments.of(
            new CvEvent.ValidationRejected(USER, RESUME, UploadRejection.TOO_LARGE, SIZE,
                DURATION),
            "⚠️ CV validation rejected: user=abc123, filename=resume.pdf, reason=too_large,"
                + " size=245760b, duration=2.34s"),
        Arguments.of(
            new CvEvent.ValidationRejected(USER, new Filename("unnamed"),
                UploadRejection.NOT_MULTIPART, OptionalLong.empty(), DURATION),
            "⚠️ CV validation rejected: user=abc123, filename=unnamed, reason=not_multipart,"
                + " duration=2.34s"),
        Arguments.of(
            new CvEvent.ValidationRejected(USER, new Filename("unnamed"),
                UploadRejection.MALFORMED_REQUEST, OptionalLong.of(SIZE), DURATION),
            "⚠️ CV validation rejected: user=abc123, filename=unnamed,"
                + " reason=malformed_request, size=245760b, duration=2.34s"),
        Arguments.of(new CvEvent.UploadStarted(USER, new Filename("unnamed"),
                OptionalLong.empty()),
            "📤 CV upload started: user=abc123, filename=unnamed"),
        Arguments.of(new CvEvent.DuplicateDetected(USER, RESUME, HASH, CV, DURATION),
            "♻️ Duplicate CV detected: user=abc123, filename=resume.pdf, hash=a1b2c3d4...,"
                + " cv_id=xyz789, duration=2.34s"),
        Arguments.of(new CvEvent.UploadCompleted(CV, USER, DURATION),
            "✅ CV upload complete: cv_id=xyz789, user=abc123, duration=2.34s"),
        Arguments.of(
            new CvEvent.UploadFailed(Optional.empty(), USER, RESUME, UploadStage.READING,
                DURATION, new IOException("disk full")),
            "❌ CV upload failed: user=abc123, filename=resume.pdf, stage=reading,"
                + " duration=2.34s"),
        Arguments.of(
            new CvEvent.UploadFailed(Optional.of(CV), USER, RESUME, UploadStage.STORING,
                DURATION, new IOException("disk full")),
            "❌ CV upload failed: cv_id=xyz789, user=abc123, filename=resume.pdf,"
                + " stage=storing, duration=2.34s"),
        Arguments.of(new CvEvent.Deleted(CV, USER, DURATION),
            "🗑️ CV deleted: cv_id=xyz789, user=abc123, duration=2.34s"),
        Arguments.of(
            new CvEvent.FileRemovalDeferred(CV, USER, PATH, new IOException("S3 down")),
            "⚠️ CV file removal deferred to the sweep: cv_id=xyz789, user=abc123,"
                + " path=/cv/abc123/xyz789.pdf"));
  }

  @ParameterizedTest
  @MethodSource
  void upload_lines(DomainEvent event, String expected) {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(event);

    assertThat(log.messages()).containsExactly(expected);
  }

  static Stream<Arguments> auth_lines() {
    return Stream.of(
        Arguments.of(new AuthEvent.RegistrationStarted(), "👤 User registration started"),
        Arguments.of(new AuthEvent.UserRegistered(USER, DURATION),
            "✅ User registered: user=abc123, duration=2.34s"),
        Arguments.of(new AuthEvent.RegistrationRejected("email_taken", DURATION),
            "⚠️ User registration rejected: reason=email_taken, duration=2.34s"),
        Arguments.of(new AuthEvent.LoginStarted(), "🔑 Login started"),
        Arguments.of(new AuthEvent.LoginSucceeded(USER, DURATION),
            "✅ Login succeeded: user=abc123, duration=2.34s"),
        Arguments.of(new AuthEvent.LoginRejected("invalid_credentials", DURATION),
            "🚫 Login failed: reason=invalid_credentials, duration=2.34s"),
        Arguments.of(new AuthEvent.LoginThrottled(LoginThrottle.Limit.ACCOUNT,
                Duration.ofMillis(29_001), DURATION),
            "⛔ Login throttled: limit=account, retry_after=30s, duration=2.34s"),
        Arguments.of(new AuthEvent.LoggedOut(USER, DURATION),
            "👋 Logged out: user=abc123, duration=2.34s"));
  }

  @ParameterizedTest
  @MethodSource
  void auth_lines(DomainEvent event, String expected) {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(event);

    assertThat(log.messages()).containsExactly(expected);
  }

  @Test
  void a_line_carries_time_level_request_id_and_logger_before_the_message() {
    CapturedLog log = CapturedLog.in(folder);
    ThreadContext.put(Log4jObservability.CONTEXT_REQUEST_ID, "req-42");

    log.observability().emit(new CvEvent.UploadStarted(USER, RESUME, SIZE));

    assertThat(log.textLines()).singleElement().asString().matches(
        "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[req-42\\] t\\.cv - "
            + "📤 CV upload started: user=abc123, filename=resume\\.pdf, size=245760b");
  }

  @Test
  void durations_are_seconds_with_two_decimals_rounded_half_up() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadCompleted(CV, USER, Duration.ofMillis(2_345)));
    log.observability().emit(new CvEvent.UploadCompleted(CV, USER, Duration.ofMillis(7)));

    assertThat(log.messages()).containsExactly(
        "✅ CV upload complete: cv_id=xyz789, user=abc123, duration=2.35s",
        "✅ CV upload complete: cv_id=xyz789, user=abc123, duration=0.01s");
  }

  @Test
  void a_login_failure_names_neither_account_nor_address() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new AuthEvent.LoginRejected("invalid_credentials", DURATION));

    assertThat(log.textLines()).singleElement().asString()
        .doesNotContain("user=").doesNotContain("@");
  }

  @Test
  void hashed_file_names_show_a_short_sha256_instead_of_the_name() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability(FilenamePolicy.HASHED)
        .emit(new CvEvent.UploadStarted(USER, RESUME, SIZE));

    // printf 'resume.pdf' | sha256sum starts with 65e4344893dc.
    assertThat(log.messages()).containsExactly(
        "📤 CV upload started: user=abc123, filename=sha256:65e4344893dc, size=245760b");
  }
}
