package com.tailorjob.application.port.out;

import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.parse.CvSections;

/** Scores how well a parsed CV fits a job posting. */
public interface Matcher {

  MatcherVersion version();

  /** The model behind the scores, part of the cache key: {@code local} for v3.0. */
  String model();

  /**
   * @throws MatcherUnavailableException when a model provider failed, timed out, refused or
   *     its circuit is open; the caller may fall back to another matcher
   */
  MatchResult match(CvSections cv, JobPosting job);
}
