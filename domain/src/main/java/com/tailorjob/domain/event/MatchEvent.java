package com.tailorjob.domain.event;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Events of analysing how well a CV matches a job. */
public sealed interface MatchEvent extends DomainEvent {

  record MatchRequested(CvId cv, JobId job, UserId user) implements MatchEvent {
    public MatchRequested {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String name() {
      return "match.requested";
    }
  }

  /** The outcome when a fresh enough result was already stored. */
  record CachedMatchReturned(
      CvId cv, JobId job, UserId user, int score, MatcherVersion version, Duration age,
      Duration duration) implements MatchEvent {
    public CachedMatchReturned {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(age, "age");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "match.cache.hit";
    }
  }

  record CacheMissed(CvId cv, JobId job, MatcherVersion version) implements MatchEvent {
    public CacheMissed {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String name() {
      return "match.cache.miss";
    }
  }

  /** The cache could not be read; the analysis goes on as after a miss. */
  record MatchCacheUnreadable(CvId cv, JobId job, MatcherVersion version, Throwable cause)
      implements MatchEvent {
    public MatchCacheUnreadable {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "match.cache.read_failed";
    }
  }

  record AiAnalysisStarted(CvId cv, JobId job) implements MatchEvent {
    public AiAnalysisStarted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
    }

    @Override
    public String name() {
      return "match.ai.started";
    }
  }

  record MatcherChosen(CvId cv, JobId job, MatcherVersion version, String model)
      implements MatchEvent {
    public MatcherChosen {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(model, "model");
    }

    @Override
    public String name() {
      return "match.matcher.chosen";
    }
  }

  /** v5.1 could not answer, so v3.0 did; {@code reason} is a short stable code. */
  record MatcherFellBack(
      CvId cv, JobId job, MatcherVersion from, MatcherVersion to, String reason)
      implements MatchEvent {
    public MatcherFellBack {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String name() {
      return "match.matcher.fallback";
    }
  }

  record MatchCompleted(
      CvId cv, JobId job, UserId user, int score, MatcherVersion version, String model,
      TokenUsage usage, Duration duration) implements MatchEvent {
    public MatchCompleted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(usage, "usage");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "match.analysis.succeeded";
    }
  }

  record MatchCached(CvId cv, JobId job, int score, Duration expiresIn) implements MatchEvent {
    public MatchCached {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(expiresIn, "expiresIn");
    }

    @Override
    public String name() {
      return "match.cache.stored";
    }
  }

  /** The result could not be cached; the analysis still succeeded. */
  record MatchCacheFailed(CvId cv, JobId job, Throwable cause) implements MatchEvent {
    public MatchCacheFailed {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "match.cache.store_failed";
    }
  }

  /**
   * Unknown ids, or a CV whose parse has not finished; then {@code cvStatus} says where the CV
   * stands, so that an operator tells a CV still waiting from one that failed.
   */
  record MatchRejected(CvId cv, JobId job, UserId user, String reason,
      Optional<CvStatus> cvStatus, Duration duration) implements MatchEvent {
    public MatchRejected {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(cvStatus, "cvStatus");
      Objects.requireNonNull(duration, "duration");
    }

    public MatchRejected(CvId cv, JobId job, UserId user, String reason, Duration duration) {
      this(cv, job, user, reason, Optional.empty(), duration);
    }

    @Override
    public String name() {
      return "match.analysis.rejected";
    }
  }

  record MatchFailed(CvId cv, JobId job, UserId user, Duration duration, Throwable cause)
      implements MatchEvent {
    public MatchFailed {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "match.analysis.failed";
    }
  }
}
