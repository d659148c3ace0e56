package com.tailorjob.application.support;

import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random ids of 96 bits and session tokens of 256 bits from a {@link SecureRandom}. */
public final class SecureRandomIds implements IdGenerator {

  private static final int ID_BYTES = 12;
  private static final int TOKEN_BYTES = 32;

  private final SecureRandom random;

  public SecureRandomIds(SecureRandom random) {
    this.random = random;
  }

  public SecureRandomIds() {
    this(new SecureRandom());
  }

  @Override
  public UserId newUserId() {
    return new UserId(randomHex(ID_BYTES));
  }

  @Override
  public CvId newCvId() {
    return new CvId(randomHex(ID_BYTES));
  }

  @Override
  public JobId newJobId() {
    return new JobId(randomHex(ID_BYTES));
  }

  @Override
  public RequestId newRequestId() {
    return new RequestId(randomHex(ID_BYTES));
  }

  @Override
  public NotificationId newNotificationId() {
    return new NotificationId(randomHex(ID_BYTES));
  }

  @Override
  public SessionToken newSessionToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  private String randomHex(int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return HexFormat.of().formatHex(raw);
  }
}
