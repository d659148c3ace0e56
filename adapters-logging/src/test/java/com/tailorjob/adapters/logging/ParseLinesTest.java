package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.CV;
import static com.tailorjob.adapters.logging.SampleEvents.DURATION;
import static com.tailorjob.adapters.logging.SampleEvents.SECTIONS;
import static com.tailorjob.adapters.logging.SampleEvents.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.event.ParseEvent;
import com.tailorjob.domain.parse.ParseFailureReason;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParseLinesTest {

  @TempDir Path folder;

  static Stream<Arguments> seed_lines() {
    return Stream.of(
        Arguments.of(new ParseEvent.ParseStarted(CV, USER),
            "📄 Starting CV parsing: cv_id=xyz789, user=abc123"),
        Arguments.of(new ParseEvent.SectionsExtracted(CV, SECTIONS, DURATION),
            "📝 CV sections extracted: cv_id=xyz789, sections={'skills':15,'experience':3,"
                + "'education':2,'certifications':1}, duration=2.34s"),
        Arguments.of(new ParseEvent.CvParsed(CV, USER, 2, "good", DURATION),
            "✅ CV parsed successfully: cv_id=xyz789, user=abc123, duration=2.34s"));
  }

  @ParameterizedTest
  @MethodSource
  void seed_lines(DomainEvent event, String expected) {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(event);

    assertThat(log.messages()).containsExactly(expected);
  }

  static Stream<Arguments> outcome_lines() {
    return Stream.of(
        Arguments.of(
            new ParseEvent.ParseRejected(CV, USER, ParseFailureReason.ENCRYPTED, DURATION),
            "⚠️ CV parsing failed: cv_id=xyz789, user=abc123, reason=encrypted,"
                + " duration=2.34s"),
        Arguments.of(new ParseEvent.ParseSkipped(CV, USER, "cv_deleted"),
            "⏭️ CV parsing skipped: cv_id=xyz789, user=abc123, reason=cv_deleted"));
  }

  @ParameterizedTest
  @MethodSource
  void outcome_lines(DomainEvent event, String expected) {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(event);

    assertThat(log.messages()).containsExactly(expected);
  }

  @Test
  void every_parse_line_answers_the_search_for_cv_parsing_or_the_cv_id() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new ParseEvent.ParseStarted(CV, USER));
    log.observability().emit(
        new ParseEvent.ParseRejected(CV, USER, ParseFailureReason.CORRUPT, DURATION));

    assertThat(log.textLines()).allMatch(line -> line.contains("CV parsing"))
        .allMatch(line -> line.contains("cv_id=xyz789"))
        .allMatch(line -> line.contains(" t.parse - "));
  }

  @Test
  void section_counts_are_numbers_in_json() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new ParseEvent.SectionsExtracted(CV, SECTIONS, DURATION));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("sections_skills").isIntegralNumber()).isTrue();
    assertThat(line.get("sections_skills").asInt()).isEqualTo(15);
    assertThat(line.get("sections_experience").asInt()).isEqualTo(3);
    assertThat(line.get("sections_education").asInt()).isEqualTo(2);
    assertThat(line.get("sections_certifications").asInt()).isEqualTo(1);
  }

  @Test
  void pages_and_quality_of_a_parse_are_json_fields() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new ParseEvent.CvParsed(CV, USER, 2, "good", DURATION));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("pages").isIntegralNumber()).isTrue();
    assertThat(line.get("pages").asInt()).isEqualTo(2);
    assertThat(line.get("quality").asText()).isEqualTo("good");
  }

  @Test
  void a_rejected_parse_is_a_warning_without_an_exception() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(
        new ParseEvent.ParseRejected(CV, USER, ParseFailureReason.NO_TEXT, DURATION));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("level").asText()).isEqualTo("WARN");
    assertThat(line.get("reason").asText()).isEqualTo("no_text");
    assertThat(line.has("exception")).isFalse();
  }
}
