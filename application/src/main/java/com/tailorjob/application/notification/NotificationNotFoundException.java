package com.tailorjob.application.notification;

import com.tailorjob.domain.notification.NotificationId;

/** The user has no notification with this id; someone else's looks the same. */
public class NotificationNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotificationNotFoundException(NotificationId id) {
    super("no notification " + id);
  }
}
