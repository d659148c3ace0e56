package com.tailorjob.adapters.http;

import com.tailorjob.application.notification.Notifications;
import com.tailorjob.domain.notification.NotificationId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The caller's notifications about their CVs, and marking one of them read. */
final class NotificationRoutes {

  static final String NOTIFICATIONS = "/api/notifications";
  static final String MARK_READ = "/api/notifications/{id}/read";

  private final Notifications notifications;
  private final RequestContext context;

  NotificationRoutes(Notifications notifications, RequestContext context) {
    this.notifications = notifications;
    this.context = context;
  }

  void list(Context ctx) {
    Caller caller = context.caller(ctx);

    ctx.json(NotificationJson.Listing.of(notifications.list(caller.user())));
  }

  void markRead(Context ctx) {
    Caller caller = context.caller(ctx);
    NotificationId id = PathIds.id(ctx, NotificationId::new, "no such notification");

    notifications.markRead(caller.user(), id);

    ctx.status(HttpStatus.NO_CONTENT);
  }
}
