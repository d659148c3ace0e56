package com.tailorjob.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.application.port.out.NotificationRepository;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.notification.Notification.Kind;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.user.UserId;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationApiTest {

  private static final CvId CV = new CvId("cv-1");

  @TempDir Path tempDir;

  private RunningApi api;
  private ApiClient client;
  private NotificationRepository notifications;
  private String token;
  private UserId ada;

  @BeforeEach
  void start() {
    api = RunningApi.start(tempDir);
    client = api.client;
    notifications = api.parsing.notificationRepository();
    token = api.tokenFor("ada@example.com");
    ada = api.userId("ada@example.com");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void lists_unread_notifications_first_and_newest_first() {
    notify(ada, "n-old-read", Kind.CV_PARSED, minutesAgo(30));
    notifications.markRead(ada, new NotificationId("n-old-read"), minutesAgo(20));
    notify(ada, "n-older", Kind.CV_PARSE_FAILED, minutesAgo(10));
    notify(ada, "n-newer", Kind.CV_PARSED, minutesAgo(5));

    ApiResponse response = client.get("/api/notifications", token);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("notifications").findValuesAsText("id"))
        .containsExactly("n-newer", "n-older", "n-old-read");
  }

  @Test
  void counts_the_unread_notifications() {
    notify(ada, "n-1", Kind.CV_PARSED, minutesAgo(3));
    notify(ada, "n-2", Kind.CV_PARSED, minutesAgo(2));
    notify(ada, "n-3", Kind.CV_PARSE_FAILED, minutesAgo(1));
    notifications.markRead(ada, new NotificationId("n-1"), minutesAgo(1));

    ApiResponse response = client.get("/api/notifications", token);

    assertThat(response.json().path("unread").asInt()).isEqualTo(2);
  }

  @Test
  void shows_every_field_of_an_unread_notification() {
    notify(ada, "n-1", Kind.CV_PARSE_FAILED, Instant.parse("2026-03-01T08:55:00Z"));

    JsonNode notification =
        client.get("/api/notifications", token).json().path("notifications").path(0);

    assertThat(notification.path("id").asText()).isEqualTo("n-1");
    assertThat(notification.path("cv_id").asText()).isEqualTo(CV.value());
    assertThat(notification.path("kind").asText()).isEqualTo("cv_parse_failed");
    assertThat(notification.path("message").asText()).isEqualTo("message n-1");
    assertThat(notification.path("created_at").asText()).isEqualTo("2026-03-01T08:55:00Z");
    assertThat(notification.path("read").asBoolean()).isFalse();
    assertThat(notification.has("read_at")).isTrue();
    assertThat(notification.path("read_at").isNull()).isTrue();
  }

  @Test
  void shows_none_of_another_users_notifications() {
    api.tokenFor("bob@example.com");
    notify(api.userId("bob@example.com"), "n-bob", Kind.CV_PARSED, minutesAgo(1));

    JsonNode listing = client.get("/api/notifications", token).json();

    assertThat(listing.path("notifications").isArray()).isTrue();
    assertThat(listing.path("notifications")).isEmpty();
    assertThat(listing.path("unread").asInt()).isZero();
  }

  @Test
  void marks_a_notification_read_with_204() {
    notify(ada, "n-1", Kind.CV_PARSED, minutesAgo(1));

    ApiResponse marked = client.post("/api/notifications/n-1/read", token);

    assertThat(marked.status()).isEqualTo(204);
    assertThat(marked.body()).isEmpty();
  }

  @Test
  void a_notification_marked_read_lists_as_read() {
    notify(ada, "n-1", Kind.CV_PARSED, minutesAgo(1));
    client.post("/api/notifications/n-1/read", token);

    JsonNode listing = client.get("/api/notifications", token).json();

    JsonNode notification = listing.path("notifications").path(0);
    assertThat(notification.path("read").asBoolean()).isTrue();
    assertThat(notification.path("read_at").asText()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(listing.path("unread").asInt()).isZero();
  }

  @Test
  void answers_404_for_another_users_notification_and_leaves_it_unread() {
    String bobToken = api.tokenFor("bob@example.com");
    UserId bob = api.userId("bob@example.com");
    notify(bob, "n-bob", Kind.CV_PARSED, minutesAgo(1));

    ApiResponse response = client.post("/api/notifications/n-bob/read", token);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
    assertThat(client.get("/api/notifications", bobToken).json().path("unread").asInt())
        .isEqualTo(1);
  }

  @Test
  void answers_404_for_an_unknown_notification() {
    ApiResponse response = client.post("/api/notifications/n-404/read", token);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
  }

  @Test
  void answers_404_for_a_notification_id_that_cannot_exist() {
    ApiResponse response = client.post("/api/notifications/not%20an%20id/read", token);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.field("error")).isEqualTo("not_found");
    assertThat(response.field("request_id")).isNotBlank();
  }

  @Test
  void refuses_to_list_notifications_without_a_token_with_401() {
    ApiResponse response = client.send(client.request("/api/notifications").GET());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.field("error")).isEqualTo("unauthorized");
  }

  @Test
  void refuses_to_mark_a_notification_read_without_a_token_with_401() {
    notify(ada, "n-1", Kind.CV_PARSED, minutesAgo(1));

    ApiResponse response = client.send(client.request("/api/notifications/n-1/read")
        .POST(BodyPublishers.noBody()));

    assertThat(response.status()).isEqualTo(401);
    assertThat(notifications.listFor(ada)).singleElement()
        .satisfies(n -> assertThat(n.isRead()).isFalse());
  }

  private void notify(UserId recipient, String id, Kind kind, Instant at) {
    notifications.add(new Notification(
        new NotificationId(id), recipient, CV, kind, "message " + id, at, Optional.empty()));
  }

  private Instant minutesAgo(int minutes) {
    return api.clock.instant().minus(Duration.ofMinutes(minutes));
  }
}
