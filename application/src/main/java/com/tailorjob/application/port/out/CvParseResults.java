package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.parse.ParsedCv;
import java.util.Optional;

/** Where a CV's parse stands and, once parsed, its sections. */
public interface CvParseResults {

  /** Moves the CV to {@code parsing}; false when the CV no longer exists or is parsed already. */
  boolean markParsing(CvId cv);

  /** Stores the sections and moves the CV to {@code parsed}. */
  void recordParsed(CvId cv, ParsedCv parsed);

  /** Moves the CV to {@code failed} with a reason its owner can read, unless it is parsed. */
  void recordFailed(CvId cv, String reason);

  Optional<ParsedCv> findParsed(CvId cv);

  /** The reason of a failed parse, if the CV's parse failed. */
  Optional<String> failureReason(CvId cv);
}
