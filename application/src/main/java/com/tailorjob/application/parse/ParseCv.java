package com.tailorjob.application.parse;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.SectionExtractor;
import com.tailorjob.application.port.out.StoredObjectNotFoundException;
import com.tailorjob.application.port.out.TextExtractor;
import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.event.ParseEvent;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.parse.ParseQuality;
import com.tailorjob.domain.parse.ParsedCv;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

/**
 * Reads a stored CV, extracts its text and splits it into sections. A file that cannot be read
 * as a CV ends the parse as failed with its reason; a failure of storage or the database is
 * thrown, so the worker can try again and report it once.
 */
public final class ParseCv {

  private final CvRepository cvs;
  private final CvParseResults results;
  private final ObjectStorage storage;
  private final TextExtractor textExtractor;
  private final SectionExtractor sectionExtractor;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public ParseCv(
      CvRepository cvs, CvParseResults results, ObjectStorage storage,
      TextExtractor textExtractor, SectionExtractor sectionExtractor,
      Observability observability, Clock clock) {
    this.cvs = cvs;
    this.results = results;
    this.storage = storage;
    this.textExtractor = textExtractor;
    this.sectionExtractor = sectionExtractor;
    this.observability = observability;
    this.clock = clock;
  }

  public ParseOutcome parse(ParseRequest request) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new ParseEvent.ParseStarted(request.cv(), request.owner()));

    Optional<Cv> cv = cvs.find(request.owner(), request.cv());
    if (cv.isEmpty()) {
      return skipped(request, "cv_deleted");
    }
    if (!results.markParsing(request.cv())) {
      // Parsed by an earlier delivery of this job (or deleted this very moment).
      return skipped(request, "already_parsed");
    }

    ExtractedText text;
    try {
      text = textExtractor.extract(storedFile(cv.get()), cv.get().format());
    } catch (UnreadableCvException e) {
      return unreadable(request, e.reason(), stopwatch);
    } catch (StoredObjectNotFoundException e) {
      return missingFile(request, stopwatch);
    }

    CvSections sections = sectionExtractor.extract(text);
    observability.emit(new ParseEvent.SectionsExtracted(
        request.cv(), sections.counts(), stopwatch.elapsed()));

    ParseQuality quality = ParseQuality.assess(sections.counts(), text.text().length());
    results.recordParsed(
        request.cv(), new ParsedCv(sections, text.pageCount(), quality, clock.instant()));
    observability.emit(new ParseEvent.CvParsed(request.cv(), request.owner(),
        text.pageCount(), quality.code(), stopwatch.elapsed()));
    return new ParseOutcome.Parsed(sections.counts());
  }

  private ParseOutcome unreadable(
      ParseRequest request, ParseFailureReason reason, Stopwatch stopwatch) {
    results.recordFailed(request.cv(), reason.code());
    observability.emit(new ParseEvent.ParseRejected(
        request.cv(), request.owner(), reason, stopwatch.elapsed()));
    return new ParseOutcome.Unreadable(reason);
  }

  /**
   * The file went with its CV, deleted meanwhile; or it went alone (removed from the store by
   * hand), and no retry brings it back.
   */
  private ParseOutcome missingFile(ParseRequest request, Stopwatch stopwatch) {
    if (cvs.find(request.owner(), request.cv()).isEmpty()) {
      return skipped(request, "cv_deleted");
    }
    return unreadable(request, ParseFailureReason.MISSING_FILE, stopwatch);
  }

  private ParseOutcome skipped(ParseRequest request, String reason) {
    observability.emit(new ParseEvent.ParseSkipped(request.cv(), request.owner(), reason));
    return new ParseOutcome.Skipped();
  }

  private ByteSource storedFile(Cv cv) {
    return new ByteSource() {
      @Override
      public InputStream openStream() {
        return storage.open(cv.storageKey());
      }

      @Override
      public long size() {
        return cv.sizeBytes();
      }
    };
  }
}
