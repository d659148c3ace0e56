package com.tailorjob.domain.match;

import com.tailorjob.domain.cv.ContentHash;
import java.util.Objects;

/**
 * What a cached score depends on: the CV's bytes, the job's content, the matcher and its model.
 * A changed job or another model gives another key, so a stale score is never served.
 */
public record MatchCacheKey(
    ContentHash cvContent, String jobContentHash, MatcherVersion version, String model) {

  public MatchCacheKey {
    Objects.requireNonNull(cvContent, "cvContent");
    Objects.requireNonNull(jobContentHash, "jobContentHash");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(model, "model");
  }
}
