package com.tailorjob.adapters.ai.extraction;

import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ExtractionLimits;
import com.tailorjob.domain.parse.ParseFailureReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox. A file that needs a password to open is refused as encrypted; one
 * that opens with the empty user password (an owner password that only restricts printing or
 * copying) is read, since its owner uploaded it to have it read.
 */
final class PdfTextReader implements DocumentReader {

  private static final byte[] END_MARKER =
      CvFormat.PDF_END_MARKER.getBytes(StandardCharsets.US_ASCII);

  private final ExtractionLimits limits;

  PdfTextReader(ExtractionLimits limits) {
    this.limits = limits;
  }

  @Override
  public ExtractedText read(byte[] content) throws IOException {
    requireEndMarker(content);

    try (PDDocument document = open(content)) {
      int pages = document.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new UnreadableCvException(ParseFailureReason.TOO_LARGE);
      }

      BoundedText text = new BoundedText(limits.maxCharacters());
      new ColumnAwareTextStripper().writeText(document, text);
      return new ExtractedText(text.toString(), pages);
    }
  }

  private static PDDocument open(byte[] content) throws IOException {
    try {
      return Loader.loadPDF(content);
    } catch (InvalidPasswordException e) {
      throw new UnreadableCvException(ParseFailureReason.ENCRYPTED, e);
    }
  }

  /** PDFBox repairs a cut-off file quietly and would read only its first half. */
  private static void requireEndMarker(byte[] content) {
    int from = Math.max(0, content.length - CvFormat.PDF_END_MARKER_WINDOW);
    for (int i = content.length - END_MARKER.length; i >= from; i--) {
      if (matchesAt(content, i)) {
        return;
      }
    }
    throw new UnreadableCvException(ParseFailureReason.CORRUPT);
  }

  private static boolean matchesAt(byte[] content, int offset) {
    for (int i = 0; i < END_MARKER.length; i++) {
      if (content[offset + i] != END_MARKER[i]) {
        return false;
      }
    }
    return true;
  }
}
