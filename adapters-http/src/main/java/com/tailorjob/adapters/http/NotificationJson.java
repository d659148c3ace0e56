package com.tailorjob.adapters.http;

import com.tailorjob.domain.notification.Notification;
import java.time.Instant;
import java.util.List;

/** A notification as its recipient sees it; {@code read_at} is null until it is read. */
record NotificationJson(
    String id,
    String cvId,
    String kind,
    String message,
    Instant createdAt,
    boolean read,
    Instant readAt) {

  static NotificationJson of(Notification notification) {
    return new NotificationJson(
        notification.id().value(),
        notification.cv().value(),
        notification.kind().code(),
        notification.message(),
        notification.createdAt(),
        notification.isRead(),
        notification.readAt().orElse(null));
  }

  /** The list in the order the use case gives it, with how many are still unread. */
  record Listing(List<NotificationJson> notifications, long unread) {
    static Listing of(List<Notification> notifications) {
      long unread = notifications.stream().filter(n -> !n.isRead()).count();
      return new Listing(notifications.stream().map(NotificationJson::of).toList(), unread);
    }
  }
}
