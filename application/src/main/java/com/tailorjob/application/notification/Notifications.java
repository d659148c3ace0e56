package com.tailorjob.application.notification;

import com.tailorjob.application.port.out.NotificationRepository;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Lists a user's notifications and marks them read. */
public final class Notifications {

  private final NotificationRepository notifications;
  private final Clock clock;

  @Inject
  public Notifications(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  public List<Notification> list(UserId recipient) {
    return notifications.listFor(recipient);
  }

  /**
   * @throws NotificationNotFoundException when the user has no such notification
   */
  public void markRead(UserId recipient, NotificationId id) {
    if (!notifications.markRead(recipient, id, clock.instant())) {
      throw new NotificationNotFoundException(id);
    }
  }
}
