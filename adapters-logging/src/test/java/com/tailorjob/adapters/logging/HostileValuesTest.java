package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.SIZE;
import static com.tailorjob.adapters.logging.SampleEvents.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.CvEvent.UploadStage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileValuesTest {

  @TempDir Path folder;

  @Test
  void a_newline_in_a_file_name_cannot_forge_a_second_line() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(
        new CvEvent.UploadStarted(USER, new Filename("a.pdf\nINFO - forged"), SIZE));

    assertThat(log.messages()).containsExactly(
        "📤 CV upload started: user=abc123, filename=\"a.pdf\\nINFO - forged\", size=245760b");
  }

  @Test
  void a_file_name_cannot_forge_a_field() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(
        new CvEvent.UploadStarted(USER, new Filename("x.pdf, user=admin"), SIZE));

    assertThat(log.messages()).containsExactly(
        "📤 CV upload started: user=abc123, filename=\"x.pdf, user=admin\", size=245760b");
  }

  @Test
  void quotes_and_backslashes_cannot_close_the_quoted_value() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(
        new CvEvent.UploadStarted(USER, new Filename("a\\\", user=admin \"b"), SIZE));

    assertThat(log.messages()).containsExactly("📤 CV upload started: user=abc123,"
        + " filename=\"a\\\\\\\", user=admin \\\"b\", size=245760b");
  }

  @Test
  void a_bidi_override_and_a_nul_are_shown_escaped() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(
        new CvEvent.UploadStarted(USER, new Filename("cv\u202Efdp.exe\u0000"), SIZE));

    assertThat(log.messages()).containsExactly("📤 CV upload started: user=abc123,"
        + " filename=\"cv\\u202efdp.exe\\u0000\", size=245760b");
  }

  @Test
  void non_ascii_names_stay_readable() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadStarted(USER, new Filename("履歴書.pdf"), SIZE));
    log.observability().emit(new CvEvent.UploadStarted(USER, new Filename("résumé.pdf"), SIZE));

    assertThat(log.messages()).containsExactly(
        "📤 CV upload started: user=abc123, filename=履歴書.pdf, size=245760b",
        "📤 CV upload started: user=abc123, filename=résumé.pdf, size=245760b");
  }

  @Test
  void the_json_line_keeps_the_raw_name_in_its_own_field() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(
        new CvEvent.UploadStarted(USER, new Filename("a.pdf\n{\"level\":\"ERROR\"}"), SIZE));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("filename").asText()).isEqualTo("a.pdf\n{\"level\":\"ERROR\"}");
    assertThat(line.get("level").asText()).isEqualTo("INFO");
  }

  @Test
  void each_hostile_event_makes_exactly_one_line_in_each_format() {
    CapturedLog log = CapturedLog.in(folder);

    for (String name : new String[] {"a\nb", "a\rb", "a\u2028b", "a\u0085b", "a\u000bb"}) {
      log.observability().emit(new CvEvent.UploadStarted(USER, new Filename(name), SIZE));
    }

    assertThat(log.textLines()).hasSize(5);
    assertThat(log.jsonLines()).hasSize(5);
  }

  @Test
  void an_exception_message_cannot_forge_a_text_line() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadFailed(Optional.empty(), USER,
        new Filename("a.pdf"), UploadStage.STORING, Duration.ZERO,
        new IOException("boom\nINFO - forged\r\nx")));

    assertThat(log.textLines()).singleElement().asString()
        .contains(" | java.io.IOException: boom\\nINFO - forged\\r\\nx\\n\tat ");
  }

  @Test
  void an_exception_message_keeps_its_raw_text_in_the_json_line() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new CvEvent.UploadFailed(Optional.empty(), USER,
        new Filename("a.pdf"), UploadStage.STORING, Duration.ZERO,
        new IOException("boom\nINFO - forged")));

    List<JsonNode> lines = log.jsonLines();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).at("/exception/message").asText()).isEqualTo("boom\nINFO - forged");
  }
}
