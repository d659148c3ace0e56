package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"resume.pdf", "abc123", "résumé.pdf", "履歴書.pdf", "CV_2024-v2.docx",
      "📄cv.pdf", "naïve-Ørsted.pdf", "/cv/abc123/xyz789.pdf", "a1b2c3d4..."})
  void plain_values_stay_as_they_are(String value) {
    assertThat(FieldText.render(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "my resume.pdf | \"my resume.pdf\"",
      "a,b.pdf | \"a,b.pdf\"",
      "user=admin | \"user=admin\"",
      "say \"hi\".pdf | \"say \\\"hi\\\".pdf\"",
      "C:\\cv.pdf | \"C:\\\\cv.pdf\""})
  void separators_quotes_and_backslashes_are_quoted_and_escaped(String value, String expected) {
    assertThat(FieldText.render(value)).isEqualTo(expected);
  }

  static Stream<Arguments> control_characters_are_escaped_inside_quotes() {
    return Stream.of(
        Arguments.of("a.pdf\nINFO - forged", "\"a.pdf\\nINFO - forged\""),
        Arguments.of("a.pdf\r\nx", "\"a.pdf\\r\\nx\""),
        Arguments.of("a\tb", "\"a\\tb\""),
        Arguments.of("a\u001b[31mred", "\"a\\u001b[31mred\""),
        Arguments.of("nul\u0000.pdf", "\"nul\\u0000.pdf\""),
        Arguments.of("del\u007f", "\"del\\u007f\""),
        Arguments.of("nel\u0085", "\"nel\\u0085\""));
  }

  @ParameterizedTest
  @MethodSource
  void control_characters_are_escaped_inside_quotes(String value, String expected) {
    assertThat(FieldText.render(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "line\u2028sep | \"line\\u2028sep\"",
      "para\u2029sep | \"para\\u2029sep\"",
      "invoice\u202Efdp.exe | \"invoice\\u202efdp.exe\"",
      "zero\u200Bwidth | \"zero\\u200bwidth\"",
      "bom\uFEFF | \"bom\\ufeff\"",
      "no\u00A0break | \"no\\u00a0break\"",
      "tag\uDB40\uDC01 | \"tag\\udb40\\udc01\""})
  void unicode_separators_and_format_characters_are_escaped(String value, String expected) {
    assertThat(FieldText.render(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lone\uD800high | \"lone\\ud800high\"",
      "lone\uDC00low | \"lone\\udc00low\""})
  void lone_surrogates_are_escaped(String value, String expected) {
    assertThat(FieldText.render(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void empty_and_blank_values_are_visible(String value) {
    assertThat(FieldText.render(value)).isEqualTo("\"" + value + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.pdf\nINFO - forged", "x\ry", "a\u2028b", "a\u0085b", "a\u000bb",
      "a\u000cb", "a\u001cb"})
  void no_escaped_value_holds_a_line_break(String value) {
    assertThat(FieldText.render(value)).doesNotContainPattern("[\\n\\r\\u000b\\u000c\\u001c-"
        + "\\u001e\\u0085\\u2028\\u2029]");
  }
}
