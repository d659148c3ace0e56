package com.tailorjob.domain.match;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One analysis in the usage ledger: who, which matcher and model, tokens and cost. */
public record UsageRecord(
    UserId user, CvId cv, JobId job, MatcherVersion version, String model, TokenUsage usage,
    Instant at) {

  public UsageRecord {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(cv, "cv");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(at, "at");
  }
}
