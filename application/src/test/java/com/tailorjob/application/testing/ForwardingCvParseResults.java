package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.parse.ParsedCv;
import java.util.Optional;

/** Hands every call to other parse results; a subclass changes the one it is about. */
public abstract class ForwardingCvParseResults implements CvParseResults {

  private final CvParseResults results;

  protected ForwardingCvParseResults(CvParseResults results) {
    this.results = results;
  }

  @Override
  public boolean markParsing(CvId cv) {
    return results.markParsing(cv);
  }

  @Override
  public void recordParsed(CvId cv, ParsedCv parsed) {
    results.recordParsed(cv, parsed);
  }

  @Override
  public void recordFailed(CvId cv, String reason) {
    results.recordFailed(cv, reason);
  }

  @Override
  public Optional<ParsedCv> findParsed(CvId cv) {
    return results.findParsed(cv);
  }

  @Override
  public Optional<String> failureReason(CvId cv) {
    return results.failureReason(cv);
  }
}
