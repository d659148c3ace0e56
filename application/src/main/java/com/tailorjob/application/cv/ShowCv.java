package com.tailorjob.application.cv;

import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.Optional;

/** One of the caller's CVs with its parse: the sections, or why the parse failed. */
public final class ShowCv {

  private final CvRepository cvs;
  private final CvParseResults results;

  @Inject
  public ShowCv(CvRepository cvs, CvParseResults results) {
    this.cvs = cvs;
    this.results = results;
  }

  /** A CV and what its parse produced so far. */
  public record CvDetails(Cv cv, Optional<ParsedCv> parsed, Optional<String> failureReason) {}

  /**
   * @throws CvNotFoundException when the caller has no CV with this id
   */
  public CvDetails show(UserId owner, CvId id) {
    Cv cv = cvs.find(owner, id).orElseThrow(() -> new CvNotFoundException(id));
    return new CvDetails(cv, results.findParsed(id), results.failureReason(id));
  }
}
