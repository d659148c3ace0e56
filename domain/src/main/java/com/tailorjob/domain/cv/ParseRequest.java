package com.tailorjob.domain.cv;

import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A request to parse one CV, queued with the id of the request that uploaded it. */
public record ParseRequest(CvId cv, UserId owner, RequestId requestId, Instant requestedAt) {

  public ParseRequest {
    Objects.requireNonNull(cv, "cv");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}
