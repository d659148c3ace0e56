package com.tailorjob.adapters.ai.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tailorjob.adapters.ai.testing.CvDocuments;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.StorageUnavailableException;
import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ExtractionLimits;
import com.tailorjob.domain.parse.ParseFailureReason;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CvTextExtractorPdfTest {

  private CvTextExtractor extractor = new CvTextExtractor(ExtractionLimits.standard());

  @AfterEach
  void stop_the_timer() {
    extractor.close();
  }

  @Test
  void reads_a_one_column_pdf_in_reading_order() {
    ExtractedText text = extract(CvDocuments.softwareEngineerPdf());

    assertThat(text.pageCount()).isEqualTo(1);
    assertThat(text.text())
        .startsWith("Alex Morgan\n")
        .contains("WORK EXPERIENCE\nSenior Software Engineer at Acme Payments\nJan 2020 – Present")
        .endsWith("Climbing, chess");
  }

  @Test
  void reads_a_two_column_pdf_one_column_at_a_time() {
    String text = extract(CvDocuments.twoColumnDataAnalystPdf()).text();

    assertThat(text)
        .contains("SKILLS\nSQL\nPython (pandas, NumPy)\nTableau\nPower BI\nExcel\nCERTIFICATIONS")
        .contains("Tableau Desktop Specialist, 2021\nPROFILE\n")
        .contains("EXPERIENCE\nData Analyst at Northwind Traders\n2021 - Present\n");
  }

  @Test
  void reads_a_pdf_whose_owner_password_only_restricts_permissions() {
    ExtractedText text = extract(CvDocuments.permissionRestrictedPdf());

    assertThat(text.text()).contains("TECHNICAL SKILLS");
  }

  @Test
  void rejects_a_pdf_that_needs_a_password_to_open_as_encrypted() {
    ParseFailureReason reason = failureOf(CvDocuments.passwordProtectedPdf());

    assertThat(reason).isEqualTo(ParseFailureReason.ENCRYPTED);
  }

  @Test
  void rejects_a_pdf_cut_in_half_as_corrupt() {
    ParseFailureReason reason = failureOf(CvDocuments.truncatedPdf());

    assertThat(reason).isEqualTo(ParseFailureReason.CORRUPT);
  }

  @Test
  void rejects_noise_behind_a_pdf_header_as_corrupt() {
    ParseFailureReason reason = failureOf(CvDocuments.garbagePdf());

    assertThat(reason).isEqualTo(ParseFailureReason.CORRUPT);
  }

  @Test
  void rejects_a_scanned_pdf_without_text_as_having_no_text() {
    ParseFailureReason reason = failureOf(CvDocuments.imageOnlyPdf());

    assertThat(reason).isEqualTo(ParseFailureReason.NO_TEXT);
  }

  @Test
  void rejects_a_pdf_with_more_pages_than_the_limit_as_too_large() {
    useLimits(new ExtractionLimits(3, 500_000, Duration.ofSeconds(30)));

    ParseFailureReason reason = failureOf(CvDocuments.pdfWithPages(4));

    assertThat(reason).isEqualTo(ParseFailureReason.TOO_LARGE);
  }

  @Test
  void reads_a_pdf_with_as_many_pages_as_the_limit() {
    useLimits(new ExtractionLimits(3, 500_000, Duration.ofSeconds(30)));

    ExtractedText text = extract(CvDocuments.pdfWithPages(3));

    assertThat(text.pageCount()).isEqualTo(3);
  }

  @Test
  void rejects_text_longer_than_the_character_limit_as_too_large() {
    useLimits(new ExtractionLimits(50, 500, Duration.ofSeconds(30)));

    ParseFailureReason reason = failureOf(CvDocuments.softwareEngineerPdf());

    assertThat(reason).isEqualTo(ParseFailureReason.TOO_LARGE);
  }

  @Test
  void gives_up_on_a_pdf_that_takes_longer_than_the_timeout() {
    useLimits(new ExtractionLimits(100, 5_000_000, Duration.ofMillis(1)));

    ParseFailureReason reason = failureOf(CvDocuments.pdfWithPages(60));

    assertThat(reason).isEqualTo(ParseFailureReason.TIMEOUT);
  }

  @Test
  void leaves_the_calling_thread_uninterrupted_after_a_timeout() {
    useLimits(new ExtractionLimits(100, 5_000_000, Duration.ofMillis(1)));

    failureOf(CvDocuments.pdfWithPages(60));

    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void reads_normally_once_a_timeout_has_stopped_an_earlier_file() {
    useLimits(new ExtractionLimits(100, 5_000_000, Duration.ofMillis(1)));
    failureOf(CvDocuments.pdfWithPages(60));
    useLimits(ExtractionLimits.standard());

    ExtractedText text = extract(CvDocuments.softwareEngineerPdf());

    assertThat(text.text()).startsWith("Alex Morgan\n");
  }

  @Test
  void reports_an_interrupt_from_elsewhere_as_cancelled_and_keeps_it() {
    Thread.currentThread().interrupt();
    try {
      Throwable failure = catchThrowable(() -> extract(CvDocuments.softwareEngineerPdf()));

      assertThat(failure).isInstanceOf(CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void lets_a_failure_of_the_storage_through_rather_than_calling_the_file_corrupt() {
    StorageUnavailableException outage = new StorageUnavailableException("store unreachable");
    ByteSource unreachable = new ByteSource() {
      @Override
      public InputStream openStream() {
        throw outage;
      }

      @Override
      public long size() {
        return 1_000;
      }
    };

    Throwable failure = catchThrowable(() -> extractor.extract(unreachable, CvFormat.PDF));

    assertThat(failure).isSameAs(outage);
  }

  private void useLimits(ExtractionLimits limits) {
    extractor.close();
    extractor = new CvTextExtractor(limits);
  }

  private ExtractedText extract(byte[] pdf) {
    return extractor.extract(ByteSource.ofBytes(pdf), CvFormat.PDF);
  }

  private ParseFailureReason failureOf(byte[] pdf) {
    return catchThrowableOfType(UnreadableCvException.class, () -> extract(pdf)).reason();
  }
}
