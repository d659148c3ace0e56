package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.cv;
import static com.tailorjob.adapters.persistence.jdbi.Samples.recordUpload;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiNotificationRepositoryTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");

  private JdbiCvRepository cvs;
  private JdbiNotificationRepository notifications;
  private Cv alicesCv;
  private Cv bobsCv;

  @BeforeEach
  void setUp() {
    Jdbi jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    cvs = new JdbiCvRepository(jdbi);
    notifications = new JdbiNotificationRepository(jdbi);
    JdbiUserRepository users = new JdbiUserRepository(jdbi);
    users.add(user(ALICE.value()));
    users.add(user(BOB.value()));
    alicesCv = cv("cv-alice", ALICE, "alice resume");
    bobsCv = cv("cv-bob", BOB, "bob resume");
    recordUpload(jdbi, alicesCv, "req-1");
    recordUpload(jdbi, bobsCv, "req-2");
  }

  @Test
  void lists_a_notification_with_every_field_intact() {
    Notification failed = new Notification(new NotificationId("note-1"), ALICE, alicesCv.id(),
        Notification.Kind.CV_PARSE_FAILED, "Your CV could not be read.", NOW,
        Optional.of(NOW.plusSeconds(5)));

    notifications.add(failed);

    assertThat(notifications.listFor(ALICE)).containsExactly(failed);
  }

  @Test
  void lists_unread_notifications_first_and_newest_first_within_each_group() {
    Notification oldUnread = unread("note-1", ALICE, alicesCv, NOW);
    Notification newRead = unread("note-2", ALICE, alicesCv, NOW.plusSeconds(20));
    Notification newUnread = unread("note-3", ALICE, alicesCv, NOW.plusSeconds(10));
    Notification oldRead = unread("note-4", ALICE, alicesCv, NOW.minusSeconds(10));
    for (Notification n : new Notification[] {oldUnread, newRead, newUnread, oldRead}) {
      notifications.add(n);
    }
    notifications.markRead(ALICE, newRead.id(), NOW.plusSeconds(30));
    notifications.markRead(ALICE, oldRead.id(), NOW.plusSeconds(30));

    assertThat(notifications.listFor(ALICE)).extracting(n -> n.id().value())
        .containsExactly("note-3", "note-1", "note-2", "note-4");
  }

  @Test
  void lists_only_the_recipients_notifications() {
    notifications.add(unread("note-1", ALICE, alicesCv, NOW));
    notifications.add(unread("note-2", BOB, bobsCv, NOW));

    assertThat(notifications.listFor(BOB)).extracting(n -> n.id().value())
        .containsExactly("note-2");
  }

  @Test
  void marks_the_recipients_notification_read() {
    notifications.add(unread("note-1", ALICE, alicesCv, NOW));

    boolean marked = notifications.markRead(ALICE, new NotificationId("note-1"), NOW);

    assertThat(marked).isTrue();
    assertThat(notifications.listFor(ALICE)).singleElement()
        .satisfies(n -> assertThat(n.readAt()).contains(NOW));
  }

  @Test
  void refuses_to_mark_another_users_notification_read() {
    notifications.add(unread("note-1", ALICE, alicesCv, NOW));

    boolean marked = notifications.markRead(BOB, new NotificationId("note-1"), NOW);

    assertThat(marked).isFalse();
    assertThat(notifications.listFor(ALICE)).singleElement()
        .satisfies(n -> assertThat(n.isRead()).isFalse());
  }

  @Test
  void reports_an_unknown_notification_as_not_marked() {
    assertThat(notifications.markRead(ALICE, new NotificationId("never-sent"), NOW)).isFalse();
  }

  @Test
  void keeps_the_first_time_a_notification_was_read() {
    notifications.add(unread("note-1", ALICE, alicesCv, NOW));
    notifications.markRead(ALICE, new NotificationId("note-1"), NOW.plusSeconds(1));

    notifications.markRead(ALICE, new NotificationId("note-1"), NOW.plusSeconds(99));

    assertThat(notifications.listFor(ALICE)).singleElement()
        .satisfies(n -> assertThat(n.readAt()).contains(NOW.plusSeconds(1)));
  }

  @Test
  void drops_a_notification_about_a_cv_deleted_meanwhile() {
    cvs.delete(ALICE, alicesCv.id(), NOW);

    notifications.add(unread("note-1", ALICE, alicesCv, NOW));

    assertThat(notifications.listFor(ALICE)).isEmpty();
  }

  @Test
  void removes_a_cvs_notifications_with_the_cv() {
    notifications.add(unread("note-1", ALICE, alicesCv, NOW));

    cvs.delete(ALICE, alicesCv.id(), NOW);

    assertThat(notifications.listFor(ALICE)).isEmpty();
  }

  private static Notification unread(String id, UserId recipient, Cv cv, Instant at) {
    return new Notification(new NotificationId(id), recipient, cv.id(),
        Notification.Kind.CV_PARSED, "Your CV was parsed.", at, Optional.empty());
  }
}
