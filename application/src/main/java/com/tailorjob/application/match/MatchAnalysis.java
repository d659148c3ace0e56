package com.tailorjob.application.match;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.match.MatchResult;
import java.time.Duration;
import java.util.Optional;

/** A match result and where it came from: computed now, or the cache and how old it is. */
public record MatchAnalysis(
    CvId cv, JobId job, MatchResult result, boolean cached, Optional<Duration> age) {}
