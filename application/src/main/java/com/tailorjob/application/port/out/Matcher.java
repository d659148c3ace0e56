package com.tailorjob.application.port.out;

import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.parse.CvSections;

/** Scores how well a parsed CV fits a job posting. */
public interface Matcher {

  MatcherVersion version();

  /** The model behind the scores, as users and the usage ledger see it: {@code local} for v3.0. */
  String model();

  /**
   * Everything a score depends on besides the CV and the job, for the cache key: the model and
   * any table that changes scores, such as a skill vocabulary a deployment extends. Another
   * fingerprint misses the cache, so a changed table never serves an old score.
   */
  default String fingerprint() {
    return model();
  }

  /**
   * @throws MatcherUnavailableException when a model provider failed, timed out, refused or
   *     its circuit is open; the caller may fall back to another matcher
   */
  MatchResult match(CvSections cv, JobPosting job);
}
