package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines that libraries write through the service's configuration, not TailorJob's events. */
class LibraryLinesTest {

  private static final String FORGED_LINE = "2026-12-04 16:00:00.000 INFO  [forged] t.cv - "
      + "💾 CV record created: cv_id=forged, user=admin";

  @TempDir Path folder;

  @Test
  void keeps_a_librarys_message_with_a_line_break_on_its_own_line() {
    CapturedLog log = CapturedLog.in(folder);

    log.logger("org.example.fonts.FontMapper")
        .warn("Using fallback font for Evil\r\n" + FORGED_LINE);

    assertThat(log.textLines()).singleElement().asString()
        .endsWith("o.e.f.FontMapper - Using fallback font for Evil\\r\\n"
            + FORGED_LINE);
  }

  @Test
  void escapes_bidi_and_control_characters_in_a_librarys_message() {
    CapturedLog log = CapturedLog.in(folder);

    log.logger("org.example.Library").info("name \u202Efdp.exe\u0007 done");

    assertThat(log.messages()).containsExactly("name \\u202efdp.exe\\u0007 done");
  }

  @Test
  void leaves_the_quotes_and_backslashes_of_a_librarys_message_as_they_are() {
    CapturedLog log = CapturedLog.in(folder);

    log.logger("org.example.Library").info("read \"C:\\cv\\resume.pdf\"");

    assertThat(log.messages()).containsExactly("read \"C:\\cv\\resume.pdf\"");
  }

  @Test
  void writes_nothing_the_document_readers_say_about_a_file() {
    CapturedLog log = CapturedLog.in(folder);

    log.logger("org.apache.pdfbox.cos.COSObject").error("Can't dereference COSObject{4 0 R}");
    log.logger("org.apache.fontbox.ttf.TTFParser").warn("Could not read table 'name'");
    log.logger("org.apache.poi.openxml4j.opc.ZipPackage").warn("Part quoted from the file");
    log.logger("org.apache.xmlbeans.impl.store.Locale").error("Unexpected element");

    assertThat(log.textLines()).isEmpty();
  }

  @Test
  void writes_no_json_line_for_what_the_document_readers_say() {
    CapturedLog log = CapturedLog.in(folder);

    log.logger("org.apache.pdfbox.pdmodel.font.PDType1Font").warn("Using fallback font");

    assertThat(log.jsonLines()).isEmpty();
  }
}
