package com.tailorjob.application.port.out;

import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Messages for users about their CVs; every read is scoped to the recipient. */
public interface NotificationRepository {

  void add(Notification notification);

  /** The recipient's notifications, unread first, newest first within each group. */
  List<Notification> listFor(UserId recipient);

  /** Marks one as read; false when the recipient has no such notification. */
  boolean markRead(UserId recipient, NotificationId id, Instant at);
}
