package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.NotificationRepository;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Notifications in the {@code notifications} table; every read and update names the recipient. */
public final class JdbiNotificationRepository implements NotificationRepository {

  private final Jdbi jdbi;

  public JdbiNotificationRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * A notification about a CV its recipient has deleted meanwhile is dropped: the delete's cascade
   * would remove it anyway, and failing here would only make the worker retry a finished parse.
   */
  @Override
  public void add(Notification notification) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO notifications (id, recipient_id, cv_id, kind, message, created_at, read_at)
            SELECT :id, :recipient, :cv, :kind, :message, :createdAt,
                   CAST(:readAt AS timestamptz)
            FROM cvs WHERE id = :cv AND owner_id = :recipient""")
        .bind("id", notification.id().value())
        .bind("recipient", notification.recipient().value())
        .bind("cv", notification.cv().value())
        .bind("kind", notification.kind().code())
        .bind("message", notification.message())
        .bind("createdAt", Timestamps.utc(notification.createdAt()))
        .bind("readAt", notification.readAt().map(Timestamps::utc).orElse(null))
        .execute());
  }

  @Override
  public List<Notification> listFor(UserId recipient) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT id, recipient_id, cv_id, kind, message, created_at, read_at
            FROM notifications WHERE recipient_id = :recipient
            ORDER BY (read_at IS NOT NULL), created_at DESC, id DESC""")
        .bind("recipient", recipient.value())
        .map(JdbiNotificationRepository::toNotification)
        .list());
  }

  /** Reading twice keeps the first time it was read. */
  @Override
  public boolean markRead(UserId recipient, NotificationId id, Instant at) {
    int updated = jdbi.withHandle(handle -> handle.createUpdate("""
            UPDATE notifications SET read_at = COALESCE(read_at, :at)
            WHERE id = :id AND recipient_id = :recipient""")
        .bind("at", Timestamps.utc(at))
        .bind("id", id.value())
        .bind("recipient", recipient.value())
        .execute());

    return updated > 0;
  }

  private static Notification toNotification(ResultSet rs, StatementContext ctx)
      throws SQLException {
    return new Notification(
        new NotificationId(rs.getString("id")),
        new UserId(rs.getString("recipient_id")),
        new CvId(rs.getString("cv_id")),
        kindOf(rs.getString("kind")),
        rs.getString("message"),
        Timestamps.read(rs, "created_at"),
        Timestamps.readOptional(rs, "read_at"));
  }

  private static Notification.Kind kindOf(String code) throws SQLException {
    return Arrays.stream(Notification.Kind.values())
        .filter(kind -> kind.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new SQLException("unknown notification kind " + code));
  }
}
