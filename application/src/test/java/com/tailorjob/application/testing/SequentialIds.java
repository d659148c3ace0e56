package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Predictable ids: user-1, cv-1, req-1, token-1, and so on; a CV id can be made to fail. */
public final class SequentialIds implements IdGenerator {

  private final AtomicInteger next = new AtomicInteger();
  private final AtomicReference<Supplier<RuntimeException>> nextCvIdFailure =
      new AtomicReference<>();

  public void failNextCvId(Supplier<RuntimeException> failure) {
    nextCvIdFailure.set(failure);
  }

  @Override
  public UserId newUserId() {
    return new UserId("user-" + next.incrementAndGet());
  }

  @Override
  public CvId newCvId() {
    Supplier<RuntimeException> failure = nextCvIdFailure.getAndSet(null);
    if (failure != null) {
      throw failure.get();
    }
    return new CvId("cv-" + next.incrementAndGet());
  }

  @Override
  public JobId newJobId() {
    return new JobId("job-" + next.incrementAndGet());
  }

  @Override
  public RequestId newRequestId() {
    return new RequestId("req-" + next.incrementAndGet());
  }

  @Override
  public NotificationId newNotificationId() {
    return new NotificationId("note-" + next.incrementAndGet());
  }

  @Override
  public SessionToken newSessionToken() {
    return new SessionToken("token-" + next.incrementAndGet());
  }
}
