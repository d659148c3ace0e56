package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;

/** Makes new identifiers and secrets, so use cases and tests can control them. */
public interface IdGenerator {

  UserId newUserId();

  CvId newCvId();

  JobId newJobId();

  RequestId newRequestId();

  NotificationId newNotificationId();

  /** An unguessable bearer token. */
  SessionToken newSessionToken();
}
