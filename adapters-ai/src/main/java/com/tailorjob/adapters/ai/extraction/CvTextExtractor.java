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
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the text of PDF and DOCX CVs on a small pool of its own threads, so that a file which
 * breaks the page, character or time limits fails with a reason instead of stalling the caller.
 *
 * <p>Text longer than {@code maxCharacters} is refused as {@link ParseFailureReason#TOO_LARGE}
 * rather than cut, because reading stops there and a cut CV would be matched on half its content.
 */
public final class CvTextExtractor implements TextExtractor, AutoCloseable {

  /** The machines have two cores; more concurrent extractions would only queue on them. */
  public static final int DEFAULT_CONCURRENCY = 2;

  private static final Logger LOG = LoggerFactory.getLogger(CvTextExtractor.class);

  private final ExtractionLimits limits;
  private final Map<CvFormat, DocumentReader> readers;
  private final ExecutorService executor;

  public CvTextExtractor(ExtractionLimits limits) {
    this(limits, DEFAULT_CONCURRENCY);
  }

  public CvTextExtractor(ExtractionLimits limits, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.limits = limits;
    this.readers = Map.of(
        CvFormat.PDF, new PdfTextReader(limits),
        CvFormat.DOCX, new DocxTextReader(limits));
    this.executor = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), new ExtractionThreads());
  }

  /**
   * @throws CancellationException when the calling thread is interrupted while it waits, which
   *     says nothing about the file
   */
  @Override
  public ExtractedText extract(ByteSource content, CvFormat format) {
    DocumentReader reader = readers.get(format);
    Future<ExtractedText> extraction = executor.submit(() -> readChecked(reader, content));

    try {
      return extraction.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      extraction.cancel(true);
      throw new UnreadableCvException(ParseFailureReason.TIMEOUT, e);
    } catch (InterruptedException e) {
      extraction.cancel(true);
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for text extraction");
    } catch (ExecutionException e) {
      throw asUnreadable(e.getCause());
    }
  }

  private static ExtractedText readChecked(DocumentReader reader, ByteSource content)
      throws IOException {
    byte[] bytes;
    try (InputStream stream = content.openStream()) {
      bytes = stream.readAllBytes();
    }

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
    if (failure instanceof Error error && !(failure instanceof StackOverflowError)) {
      throw error;
    }
    LOG.debug("Text extraction failed on unreadable input: {}", failure.getClass().getName());
    return new UnreadableCvException(ParseFailureReason.CORRUPT, failure);
  }

  /** Stops the extraction threads, interrupting any extraction still running. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  private static final class ExtractionThreads implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "cv-text-extraction-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
