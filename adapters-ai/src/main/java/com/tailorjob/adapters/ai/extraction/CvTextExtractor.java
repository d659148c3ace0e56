package com.tailorjob.adapters.ai.extraction;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.TextExtractor;
import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ExtractionLimits;
import com.tailorjob.domain.parse.ParseFailureReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the text of PDF and DOCX CVs within limits on pages, characters and time, so that a
 * file which breaks one fails with a reason instead of stalling the worker.
 *
 * <p>The reading runs on the caller's thread. Handing each file to a pool of threads made a
 * whole parse 6% (PDF) to 15% (DOCX) slower on two cores, and a pool thread stuck in a library
 * call was lost to every later file. The timeout interrupts the caller instead, and the readers
 * stop at their next check: between PDF operators and pages, while walking a DOCX, and on every
 * write of text. While PDFBox or POI parse a file's structure they do not check; the upload
 * size and the zip-bomb limits bound that step, and its timeout is reported when it returns.
 *
 * <p>Text longer than {@code maxCharacters} is refused as {@link ParseFailureReason#TOO_LARGE}
 * rather than cut, because reading stops there and a cut CV would be matched on half its content.
 */
public final class CvTextExtractor implements TextExtractor, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CvTextExtractor.class);

  private final ExtractionLimits limits;
  private final Map<CvFormat, DocumentReader> readers;
  private final ScheduledExecutorService timer;

  public CvTextExtractor(ExtractionLimits limits) {
    this.limits = limits;
    this.readers = Map.of(
        CvFormat.PDF, new PdfTextReader(limits),
        CvFormat.DOCX, new DocxTextReader(limits));
    this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "cv-text-extraction-timer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * @throws CancellationException when the calling thread was interrupted by someone else, which
   *     says nothing about the file; the thread stays interrupted
   */
  @Override
  public ExtractedText extract(ByteSource content, CvFormat format) {
    DocumentReader reader = readers.get(format);
    byte[] bytes = fetch(content);
    ReadingDeadline deadline = ReadingDeadline.start(timer, limits.timeout());

    try {
      return readChecked(reader, bytes);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (deadline.finish()) {
        throw new UnreadableCvException(ParseFailureReason.TIMEOUT, e);
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted during text extraction");
      }
      throw asUnreadable(e);
    } finally {
      deadline.finish();
    }
  }

  /**
   * Reads the stored bytes before the clock starts. A failure here is the storage's, not the
   * file's, so it propagates as it came (or unchecked) and the parse is tried again later.
   */
  private static byte[] fetch(ByteSource content) {
    try (InputStream stream = content.openStream()) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the stored CV", e);
    }
  }

  private static ExtractedText readChecked(DocumentReader reader, byte[] bytes)
      throws IOException {
    ExtractedText extracted = reader.read(bytes);
    String text = TextCleanup.clean(extracted.text());
    if (text.isBlank()) {
      throw new UnreadableCvException(ParseFailureReason.NO_TEXT);
    }
    return new ExtractedText(text, extracted.pageCount());
  }

  /** Known problems keep their reason; anything else a hostile file provokes is corruption. */
  private static UnreadableCvException asUnreadable(Throwable failure) {
    if (failure instanceof UnreadableCvException unreadable) {
      return new UnreadableCvException(unreadable.reason(), unreadable);
    }
    if (failure instanceof TextLimitExceededException) {
      return new UnreadableCvException(ParseFailureReason.TOO_LARGE, failure);
    }
    LOG.debug("Text extraction failed on unreadable input: {}", failure.getClass().getName());
    return new UnreadableCvException(ParseFailureReason.CORRUPT, failure);
  }

  /** Stops the timer thread. */
  @Override
  public void close() {
    timer.shutdownNow();
  }
}
