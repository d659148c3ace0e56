package com.tailorjob.adapters.ai.testing;

import com.tailorjob.adapters.ai.extraction.CvTextExtractor;
import com.tailorjob.adapters.ai.sections.HeuristicSectionExtractor;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.parse.ExtractionLimits;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints how long text and section extraction of each sample document takes, as a rough
 * baseline until a JMH benchmark covers it. Not a test: run its main by hand.
 */
public final class ExtractionTimings {

  private static final int WARM_UP_ROUNDS = 20;
  private static final int MEASURED_ROUNDS = 30;

  private ExtractionTimings() {}

  public static void main(String[] args) {
    Map<String, Sample> samples = new LinkedHashMap<>();
    samples.put("software engineer pdf", pdf(CvDocuments::softwareEngineerPdf));
    samples.put("nurse pdf", pdf(CvDocuments::nursePdf));
    samples.put("two-column analyst pdf", pdf(CvDocuments::twoColumnDataAnalystPdf));
    samples.put("50-page pdf", pdf(() -> CvDocuments.pdfWithPages(50)));
    samples.put("software engineer docx", docx(CvDocuments::softwareEngineerDocx));
    samples.put("skills table docx", docx(CvDocuments::skillsTableDocx));
    samples.put("text box docx", docx(CvDocuments::textBoxDocx));
    samples.put("encrypted pdf", pdf(CvDocuments::passwordProtectedPdf));
    samples.put("image-only pdf", pdf(CvDocuments::imageOnlyPdf));
    samples.put("encrypted docx", docx(CvDocuments::passwordProtectedDocx));
    samples.put("zip bomb docx", docx(CvDocuments::zipBombDocx));

    try (CvTextExtractor extractor = new CvTextExtractor(ExtractionLimits.standard())) {
      HeuristicSectionExtractor sections = new HeuristicSectionExtractor();
      samples.forEach((name, sample) -> report(name, sample, extractor, sections));
    }
  }

  private static void report(String name, Sample sample, CvTextExtractor extractor,
      HeuristicSectionExtractor sections) {
    ByteSource source = ByteSource.ofBytes(sample.bytes());
    Runnable once = () -> {
      try {
        sections.extract(extractor.extract(source, sample.format()));
      } catch (UnreadableCvException expected) {
        // Refusals are timed too: they are what a hostile upload costs.
      }
    };
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      once.run();
    }
    long[] nanos = new long[MEASURED_ROUNDS];
    for (int i = 0; i < MEASURED_ROUNDS; i++) {
      long start = System.nanoTime();
      once.run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%-24s %9d bytes  median %8.2f ms  max %8.2f ms%n", name,
        sample.bytes().length, nanos[MEASURED_ROUNDS / 2] / 1e6, nanos[MEASURED_ROUNDS - 1] / 1e6);
  }

  private static Sample pdf(Supplier<byte[]> bytes) {
    return new Sample(bytes.get(), CvFormat.PDF);
  }

  private static Sample docx(Supplier<byte[]> bytes) {
    return new Sample(bytes.get(), CvFormat.DOCX);
  }

  private record Sample(byte[] bytes, CvFormat format) {}
}
