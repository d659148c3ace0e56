package com.tailorjob.application.port.out;

import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ExtractedText;

/** Splits a CV's text into skills, experience, education, certifications and the rest. */
public interface SectionExtractor {

  /** Missing sections come back empty; this never fails on odd but readable text. */
  CvSections extract(ExtractedText text);
}
