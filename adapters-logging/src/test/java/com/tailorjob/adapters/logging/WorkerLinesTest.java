package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.CV;
import static com.tailorjob.adapters.logging.SampleEvents.DURATION;
import static com.tailorjob.adapters.logging.SampleEvents.SECTIONS;
import static com.tailorjob.adapters.logging.SampleEvents.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.event.WorkerEvent;
import com.tailorjob.domain.parse.ParseFailureReason;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkerLinesTest {

  private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
  private static final Duration WORK = Duration.ofMillis(4_120);

  @TempDir Path folder;

  static Stream<Arguments> seed_lines() {
    return Stream.of(
        Arguments.of(new WorkerEvent.WorkerStarted("cv_parse_queue", "worker-1"),
            "🚀 CV Worker started, listening on queue: cv_parse_queue"),
        Arguments.of(new WorkerEvent.JobReceived(5, CV, 1),
            "📬 Worker received job #5: cv_id=xyz789"),
        Arguments.of(new WorkerEvent.JobProcessing(CV, USER),
            "⚙️  Worker processing CV parse job: cv_id=xyz789, user=abc123"),
        Arguments.of(new WorkerEvent.SectionsCreated(CV, SECTIONS),
            "📝 Created CV sections: cv_id=xyz789, sections={'skills':15,'experience':3,"
                + "'education':2,'certifications':1}"),
        Arguments.of(new WorkerEvent.NotificationCreated(CV, USER),
            "📬 Notification created: cv_id=xyz789, user=abc123"),
        Arguments.of(new WorkerEvent.JobCompleted(CV, USER, WORK, Optional.of(SECTIONS)),
            "✅ Worker completed CV parsing: cv_id=xyz789, user=abc123, duration=4.12s,"
                + " sections={'skills':15,'experience':3,'education':2,'certifications':1}"));
  }

  @ParameterizedTest
  @MethodSource
  void seed_lines(DomainEvent event, String expected) {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(event);

    assertThat(log.messages()).containsExactly(expected);
  }

  static Stream<Arguments> other_lines() {
    return Stream.of(
        Arguments.of(new WorkerEvent.JobReceived(6, CV, 2),
            "📬 Worker received job #6: cv_id=xyz789, attempt=2"),
        Arguments.of(new WorkerEvent.JobCompleted(CV, USER, WORK, Optional.empty()),
            "✅ Worker completed CV parsing: cv_id=xyz789, user=abc123, duration=4.12s"),
        Arguments.of(
            new WorkerEvent.JobRejected(CV, USER, ParseFailureReason.ENCRYPTED, WORK),
            "⚠️ Worker ended CV parsing, CV unreadable: cv_id=xyz789, user=abc123,"
                + " reason=encrypted, duration=4.12s"),
        Arguments.of(
            new WorkerEvent.JobRetrying(CV, USER, 2, 5, NOW.plusMillis(19_500), DURATION,
                new IOException("storage timeout")),
            "🔁 Worker job failed, retrying: cv_id=xyz789, user=abc123, attempt=2/5,"
                + " retry_in=20s, duration=2.34s"),
        Arguments.of(new WorkerEvent.JobReleased(CV, USER, 1, DURATION),
            "⏸️ Worker job interrupted, handed back: cv_id=xyz789, user=abc123, duration=2.34s"),
        Arguments.of(
            new WorkerEvent.JobLeftLeased(CV, USER, 2, 5, NOW.plusSeconds(300), DURATION,
                new IOException("storage timeout")),
            "🔁 Worker job failed, back when its lease runs out: cv_id=xyz789, user=abc123,"
                + " attempt=2/5, retry_in=300s, duration=2.34s"),
        Arguments.of(
            new WorkerEvent.JobDeadLettered(CV, USER, 5, DURATION,
                new IOException("storage timeout")),
            "❌ Worker job dead-lettered: cv_id=xyz789, user=abc123, attempts=5,"
                + " duration=2.34s"),
        Arguments.of(
            new WorkerEvent.QueueUnavailable("worker-1", "cv_parse_queue",
                new IOException("connection refused")),
            "🔌 Worker cannot lease from the queue, polling on: worker=worker-1,"
                + " queue=cv_parse_queue"),
        Arguments.of(new WorkerEvent.WorkerUnhealthy("worker-1", 5, Duration.ofSeconds(30)),
            "🚨 Worker unhealthy: worker=worker-1, consecutive_failures=5, pause=30s"),
        Arguments.of(new WorkerEvent.WorkerRecovered("worker-1", 5),
            "💚 Worker recovered: worker=worker-1, failures_before=5"),
        Arguments.of(new WorkerEvent.WorkerStopped("cv_parse_queue", "worker-1", 42),
            "🛑 CV Worker stopped: worker=worker-1, queue=cv_parse_queue,"
                + " jobs_processed=42"));
  }

  @ParameterizedTest
  @MethodSource
  void other_lines(DomainEvent event, String expected) {
    CapturedLog log = CapturedLog.in(folder);

    log.observability(Clock.fixed(NOW, ZoneOffset.UTC)).emit(event);

    assertThat(log.messages()).containsExactly(expected);
  }

  @Test
  void the_worker_id_and_queue_are_json_fields_of_the_start() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new WorkerEvent.WorkerStarted("cv_parse_queue", "worker-1"));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("worker_id").asText()).isEqualTo("worker-1");
    assertThat(line.get("queue").asText()).isEqualTo("cv_parse_queue");
    assertThat(line.get("logger").asText()).isEqualTo("tailorjob.worker");
  }

  @Test
  void the_job_number_and_a_first_attempt_are_json_numbers() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new WorkerEvent.JobReceived(5, CV, 1));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("job_number").isIntegralNumber()).isTrue();
    assertThat(line.get("job_number").asLong()).isEqualTo(5);
    assertThat(line.get("attempt").asInt()).isEqualTo(1);
  }

  @Test
  void a_retry_is_a_warning_with_its_cause_and_typed_timing() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability(Clock.fixed(NOW, ZoneOffset.UTC)).emit(new WorkerEvent.JobRetrying(
        CV, USER, 2, 5, NOW.plusSeconds(20), DURATION, new IOException("storage timeout")));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("level").asText()).isEqualTo("WARN");
    assertThat(line.get("retry_in_s").asLong()).isEqualTo(20);
    assertThat(line.get("retry_at").asText()).isEqualTo("2030-01-01T12:00:20Z");
    assertThat(line.get("max_attempts").asInt()).isEqualTo(5);
    assertThat(line.at("/exception/message").asText()).isEqualTo("storage timeout");
  }

  @Test
  void a_retry_already_due_waits_zero_seconds() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability(Clock.fixed(NOW, ZoneOffset.UTC)).emit(new WorkerEvent.JobRetrying(
        CV, USER, 2, 5, NOW.minusSeconds(3), DURATION, new IOException("storage timeout")));

    assertThat(log.jsonLines().get(0).get("retry_in_s").asLong()).isZero();
  }

  @Test
  void an_unreadable_cv_is_a_warning_and_not_a_completion() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(
        new WorkerEvent.JobRejected(CV, USER, ParseFailureReason.CORRUPT, WORK));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("level").asText()).isEqualTo("WARN");
    assertThat(line.get("reason").asText()).isEqualTo("corrupt");
    assertThat(line.get("message").asText()).doesNotContain("completed");
  }

  @Test
  void worker_lines_answer_the_search_for_worker_activity() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new WorkerEvent.WorkerStarted("cv_parse_queue", "worker-1"));
    log.observability().emit(new WorkerEvent.JobReceived(1, CV, 1));
    log.observability().emit(new WorkerEvent.JobCompleted(CV, USER, WORK, Optional.empty()));

    assertThat(log.textLines()).hasSize(3).allMatch(line -> line.contains("Worker"));
  }
}
