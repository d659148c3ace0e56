package com.tailorjob.domain.notification;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A message telling a user how the processing of one of their CVs ended. */
public record Notification(
    NotificationId id,
    UserId recipient,
    CvId cv,
    Kind kind,
    String message,
    Instant createdAt,
    Optional<Instant> readAt) {

  public enum Kind {
    CV_PARSED,
    CV_PARSE_FAILED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(cv, "cv");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(readAt, "readAt");
  }

  public boolean isRead() {
    return readAt.isPresent();
  }
}
