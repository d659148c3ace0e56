package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.match.CachedMatch;
import com.tailorjob.domain.match.MatchCacheKey;
import com.tailorjob.domain.match.MatchResult;
import java.time.Instant;
import java.util.Optional;

/**
 * Match results kept for a while, shared by every API node. Entries belong to a CV and a job
 * and disappear with either of them.
 */
public interface MatchCache {

  /** The stored result for the key, if one has not expired at {@code now}. */
  Optional<CachedMatch> find(MatchCacheKey key, CvId cv, JobId job, Instant now);

  /** Stores or replaces the result for the key. */
  void put(MatchCacheKey key, CvId cv, JobId job, MatchResult result, Instant createdAt,
      Instant expiresAt);
}
