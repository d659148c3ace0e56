package com.tailorjob.benchmarks.parsing;

import com.tailorjob.adapters.ai.testing.CvDocuments;
import com.tailorjob.domain.cv.CvFormat;
import java.util.Locale;
import java.util.function.Supplier;

/** The sample CV documents the parsing benchmark reads, each with its format. */
public enum SampleCv {
  SOFTWARE_ENGINEER_PDF(CvFormat.PDF, CvDocuments::softwareEngineerPdf),
  NURSE_PDF(CvFormat.PDF, CvDocuments::nursePdf),
  TWO_COLUMN_DATA_ANALYST_PDF(CvFormat.PDF, CvDocuments::twoColumnDataAnalystPdf),
  SOFTWARE_ENGINEER_DOCX(CvFormat.DOCX, CvDocuments::softwareEngineerDocx),
  SKILLS_TABLE_DOCX(CvFormat.DOCX, CvDocuments::skillsTableDocx),
  TEXT_BOX_DOCX(CvFormat.DOCX, CvDocuments::textBoxDocx);

  private final CvFormat format;
  private final Supplier<byte[]> document;

  SampleCv(CvFormat format, Supplier<byte[]> document) {
    this.format = format;
    this.document = document;
  }

  public CvFormat format() {
    return format;
  }

  /** Builds the document afresh; call once per trial. */
  public byte[] bytes() {
    return document.get();
  }

  public String filename() {
    return "cv." + format.name().toLowerCase(Locale.ROOT);
  }
}
