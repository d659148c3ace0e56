package com.tailorjob.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CvFormatTest {

  @Test
  void recognises_a_pdf_by_its_signature() {
    assertThat(CvFormat.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
        .contains(CvFormat.PDF);
  }

  @Test
  void recognises_a_zip_container_as_a_docx_candidate() {
    assertThat(CvFormat.sniff(new byte[] {'P', 'K', 3, 4, 20})).contains(CvFormat.DOCX);
  }

  @Test
  void recognises_nothing_in_plain_text() {
    assertThat(CvFormat.sniff("hello".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void recognises_nothing_in_a_legacy_office_file() {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1};

    assertThat(CvFormat.sniff(ole)).isEmpty();
  }
}
