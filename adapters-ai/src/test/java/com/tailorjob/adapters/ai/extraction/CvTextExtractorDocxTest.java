package com.tailorjob.adapters.ai.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tailorjob.adapters.ai.testing.CvDocuments;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ExtractionLimits;
import com.tailorjob.domain.parse.ParseFailureReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvTextExtractorDocxTest {

  private CvTextExtractor extractor = new CvTextExtractor(ExtractionLimits.standard());

  @AfterEach
  void stop_the_timer() {
    extractor.close();
  }

  @Test
  void reads_paragraphs_and_marks_list_paragraphs_as_bullets() {
    ExtractedText text = extract(CvDocuments.softwareEngineerDocx());

    assertThat(text.pageCount()).isEqualTo(1);
    assertThat(text.text())
        .startsWith("Alex Morgan\n")
        .contains("Jan 2020 – Present\n• Led the migration of the settlement service")
        .contains("\n• Mentored three junior developers.\n");
  }

  @Test
  void reads_table_cells_row_by_row() {
    String text = extract(CvDocuments.skillsTableDocx()).text();

    assertThat(text).contains("Core Competencies\nJava\nPython\nSQL\nDocker\nTerraform\nAWS\n");
  }

  @Test
  void reads_a_text_box_once_although_word_stores_it_twice() {
    String text = extract(CvDocuments.textBoxDocx()).text();

    assertThat(text).contains("SKILLS\nGo, Rust, gRPC");
    assertThat(text.indexOf("Go, Rust")).isEqualTo(text.lastIndexOf("Go, Rust"));
  }

  @Test
  void reads_a_docx_from_a_file(@TempDir Path folder) throws Exception {
    Path file = Files.write(folder.resolve("cv.docx"), CvDocuments.skillsTableDocx());

    ExtractedText text = extractor.extract(ByteSource.ofFile(file), CvFormat.DOCX);

    assertThat(text.text()).startsWith("Jordan Blake\n");
  }

  @Test
  void counts_the_pages_word_recorded_for_a_docx() {
    ExtractedText text = extract(CvDocuments.docxLaidOutOnPages(3));

    assertThat(text.pageCount()).isEqualTo(3);
  }

  @Test
  void counts_a_docx_without_a_recorded_layout_as_one_page() {
    ExtractedText text = extract(CvDocuments.softwareEngineerDocx());

    assertThat(text.pageCount()).isEqualTo(1);
  }

  @Test
  void rejects_a_docx_of_more_pages_than_the_limit_as_too_large() {
    extractor.close();
    extractor = new CvTextExtractor(new ExtractionLimits(2, 500_000, Duration.ofSeconds(30)));

    ParseFailureReason reason = failureOf(CvDocuments.docxLaidOutOnPages(3));

    assertThat(reason).isEqualTo(ParseFailureReason.TOO_LARGE);
  }

  @Test
  void rejects_a_zip_bomb_that_declares_its_inflated_size_as_too_large() {
    useExtractorWithoutCharacterLimit();

    ParseFailureReason reason = failureOf(CvDocuments.zipBombDocxDeclaringItsSize());

    assertThat(reason).isEqualTo(ParseFailureReason.TOO_LARGE);
  }

  @Test
  void rejects_a_docx_that_inflates_like_a_zip_bomb_as_too_large() {
    useExtractorWithoutCharacterLimit();

    ParseFailureReason reason = failureOf(CvDocuments.zipBombDocx());

    assertThat(reason).isEqualTo(ParseFailureReason.TOO_LARGE);
  }

  @Test
  void rejects_noise_behind_a_zip_header_as_corrupt() {
    ParseFailureReason reason = failureOf(CvDocuments.corruptDocx());

    assertThat(reason).isEqualTo(ParseFailureReason.CORRUPT);
  }

  @Test
  void rejects_a_password_protected_docx_as_encrypted() {
    ParseFailureReason reason = failureOf(CvDocuments.passwordProtectedDocx());

    assertThat(reason).isEqualTo(ParseFailureReason.ENCRYPTED);
  }

  @Test
  void rejects_a_pdf_handed_over_as_a_docx_as_corrupt() {
    ParseFailureReason reason = failureOf(CvDocuments.softwareEngineerPdf());

    assertThat(reason).isEqualTo(ParseFailureReason.CORRUPT);
  }

  private ExtractedText extract(byte[] docx) {
    return extractor.extract(ByteSource.ofBytes(docx), CvFormat.DOCX);
  }

  private ParseFailureReason failureOf(byte[] docx) {
    return catchThrowableOfType(UnreadableCvException.class, () -> extract(docx)).reason();
  }

  /** Leaves POI's unpacking guards as the only thing that can refuse a bomb. */
  private void useExtractorWithoutCharacterLimit() {
    extractor.close();
    extractor = new CvTextExtractor(
        new ExtractionLimits(50, Integer.MAX_VALUE, Duration.ofSeconds(30)));
  }
}
