package com.tailorjob.benchmarks.parsing;

import com.tailorjob.adapters.ai.extraction.CvTextExtractor;
import com.tailorjob.adapters.ai.sections.HeuristicSectionExtractor;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.parse.ParseCv;
import com.tailorjob.application.parse.ParseOutcome;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.testing.ForwardingCvParseResults;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.InMemoryParsing;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.benchmarks.sidebyside.PairedTimings;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ExtractionLimits;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole parse of one stored CV by the use case, against bare PDFBox or POI text extraction
 * of the same file. Two steps in between split the difference: the extractor alone (reader,
 * cleanup and the timeout's timer) and the section extractor alone.
 * Target: {@code parseCv} at most 1.2 times {@code bareExtraction} for each document, read
 * from {@code parseCvBesideBareExtraction}, which times the two in turns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ParsingBenchmark {

  private static final UserId OWNER = new UserId("benchmark-user");

  @Param
  public SampleCv document;

  private byte[] bytes;
  private ByteSource source;
  private ExtractedText text;
  private CvTextExtractor textExtractor;
  private HeuristicSectionExtractor sectionExtractor;
  private ParseCv parseCv;
  private ParseRequest request;

  @Setup
  public void setUp() {
    bytes = document.bytes();
    source = ByteSource.ofBytes(bytes);
    textExtractor = new CvTextExtractor(ExtractionLimits.standard());
    sectionExtractor = new HeuristicSectionExtractor();
    text = textExtractor.extract(source, document.format());

    InMemoryCvRepository cvs = new InMemoryCvRepository();
    InMemoryObjectStorage storage = new InMemoryObjectStorage();
    InMemoryParsing parsing = new InMemoryParsing();
    request = storedAndQueued(cvs, storage, parsing);
    parseCv = new ParseCv(cvs, new ParsedAgainAndAgain(parsing.results()), storage,
        textExtractor, sectionExtractor, Observability.none(), Clock.systemUTC());

    // Twice: every invocation parses the CV that the one before it parsed.
    requireParsed(parseCv.parse(request));
    requireParsed(parseCv.parse(request));
  }

  @TearDown
  public void tearDown() {
    textExtractor.close();
  }

  @Benchmark
  public ParseOutcome parseCv() {
    return parseCv.parse(request);
  }

  @Benchmark
  public String bareExtraction() throws IOException {
    return document.format() == CvFormat.PDF ? barePdfText(bytes) : bareDocxText(bytes);
  }

  /** The two above in turns: {@code parseCv}'s time over {@code bareExtraction}'s. */
  @Benchmark
  public void parseCvBesideBareExtraction(PairedTimings timings, Blackhole sink)
      throws Exception {
    timings.time(this::parseCv, this::bareExtraction, sink);
  }

  @Benchmark
  public ExtractedText textExtractorOnly() {
    return textExtractor.extract(source, document.format());
  }

  @Benchmark
  public CvSections sectionExtractorOnly() {
    return sectionExtractor.extract(text);
  }

  static String barePdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static String bareDocxText(byte[] docx) throws IOException {
    XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  /** Uploads the document through the use case, so the stored CV is what a user would have. */
  private ParseRequest storedAndQueued(
      InMemoryCvRepository cvs, InMemoryObjectStorage storage, InMemoryParsing parsing) {
    UploadCv upload = new UploadCv(cvs, storage, cvs.pendingFileRemovals(), new SequentialIds(),
        Observability.none(), Clock.systemUTC(), UploadLimits.standard());
    upload.upload(new UploadCv.Command(OWNER, document.filename(), ByteSource.ofBytes(bytes),
        new RequestId("benchmark")));

    ParseRequest queued = cvs.queuedParses().get(0);
    parsing.enqueue(queued, queued.requestedAt());
    return queued;
  }

  /**
   * A parsed CV is final, so the results would turn every later parse of it into a skip; here
   * each invocation stands for the first delivery of its job.
   */
  private static final class ParsedAgainAndAgain extends ForwardingCvParseResults {

    ParsedAgainAndAgain(CvParseResults results) {
      super(results);
    }

    @Override
    public boolean markParsing(CvId cv) {
      return true;
    }
  }

  /** A refused document would time the failure path, which is not what this compares. */
  private void requireParsed(ParseOutcome outcome) {
    if (!(outcome instanceof ParseOutcome.Parsed)) {
      throw new IllegalStateException(document + " did not parse: " + outcome);
    }
  }
}
