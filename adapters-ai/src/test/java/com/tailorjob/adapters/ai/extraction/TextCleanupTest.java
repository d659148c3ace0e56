package com.tailorjob.adapters.ai.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanupTest {

  @Test
  void ends_every_line_with_a_line_feed() {
    assertThat(TextCleanup.clean("Skills\r\nJava\rSQL\nGo")).isEqualTo("Skills\nJava\nSQL\nGo");
  }

  @Test
  void drops_control_characters_but_keeps_tabs() {
    assertThat(TextCleanup.clean("Ja\u0000va\u001B\tSQL\u0085")).isEqualTo("Java\tSQL");
  }

  @Test
  void drops_spaces_tabs_and_no_break_spaces_at_the_end_of_each_line() {
    assertThat(TextCleanup.clean("Java \t\nSQL\u00A0\u2028Go  ")).isEqualTo("Java\nSQL\u2028Go");
  }

  @Test
  void keeps_at_most_one_blank_line_in_a_row() {
    assertThat(TextCleanup.clean("Skills\n\n \n\t\n\u0007\nJava")).isEqualTo("Skills\n\nJava");
  }

  @Test
  void strips_blank_lines_at_both_ends() {
    assertThat(TextCleanup.clean("\n\n  Java\n\n")).isEqualTo("Java");
  }
}
