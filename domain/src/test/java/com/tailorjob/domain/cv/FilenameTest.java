package com.tailorjob.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenameTest {

  @Test
  void drops_directory_parts_of_a_client_path() {
    assertThat(Filename.fromClient("C:\\Users\\me\\..\\cv.pdf").value()).isEqualTo("cv.pdf");
  }

  @Test
  void drops_control_characters_that_could_forge_log_lines() {
    assertThat(Filename.fromClient("a.pdf\r\nINFO - forged").value())
        .isEqualTo("a.pdfINFO - forged");
  }

  @Test
  void keeps_non_ascii_names() {
    assertThat(Filename.fromClient("履歴書 résumé.pdf").value()).isEqualTo("履歴書 résumé.pdf");
  }

  @Test
  void names_a_nameless_file_unnamed() {
    assertThat(Filename.fromClient("../").value()).isEqualTo("unnamed");
  }

  @Test
  void cuts_a_very_long_name() {
    assertThat(Filename.fromClient("a".repeat(5000)).value()).hasSize(Filename.MAX_LENGTH);
  }
}
