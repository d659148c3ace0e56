package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.CV;
import static com.tailorjob.adapters.logging.SampleEvents.DURATION;
import static com.tailorjob.adapters.logging.SampleEvents.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.DomainEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.apache.logging.log4j.message.AsynchronouslyFormattable;
import org.junit.jupiter.api.Test;

class EventMessageTest {

  private static final long NOW = 1_893_456_000_000L;

  @Test
  void log4j_may_render_it_on_its_background_thread() {
    assertThat(EventMessage.class).hasAnnotation(AsynchronouslyFormattable.class);
  }

  @Test
  void reading_a_field_first_renders_the_event() {
    EventMessage message = message(new CvEvent.UploadCompleted(CV, USER, DURATION));

    String cv = message.get("cv_id");

    assertThat(cv).isEqualTo("xyz789");
    assertThat(message.getData())
        .containsEntry("duration_ms", 2_340L)
        .containsEntry("event", "cv.upload.succeeded");
  }

  @Test
  void the_line_and_the_fields_agree_whichever_is_read_first() {
    EventMessage fieldsFirst = message(new CvEvent.UploadCompleted(CV, USER, DURATION));
    EventMessage lineFirst = message(new CvEvent.UploadCompleted(CV, USER, DURATION));

    fieldsFirst.getData();
    lineFirst.getFormattedMessage();

    assertThat(fieldsFirst.getFormattedMessage()).isEqualTo(lineFirst.getFormattedMessage());
    assertThat(fieldsFirst.getData()).isEqualTo(lineFirst.getData()).hasSize(4);
  }

  @Test
  void the_context_user_given_at_emit_time_joins_an_event_without_a_user() {
    EventMessage message = new EventMessage(new AuthEvent.RegistrationStarted(),
        rendering(AuthEvent.RegistrationStarted.class), FilenamePolicy.AS_GIVEN,
        Optional.of("abc123"), NOW);

    assertThat(message.get("user")).isEqualTo("abc123");
  }

  @Test
  void its_timestamp_is_the_moment_of_the_event() {
    EventMessage message = message(new CvEvent.UploadCompleted(CV, USER, DURATION));

    assertThat(message.getTimestamp()).isEqualTo(NOW);
  }

  @Test
  void a_serialized_message_keeps_its_line() throws Exception {
    EventMessage message = message(new CvEvent.UploadCompleted(CV, USER, DURATION));

    EventMessage copy = roundTrip(message);

    assertThat(copy.getFormattedMessage())
        .isEqualTo("✅ CV upload complete: cv_id=xyz789, user=abc123, duration=2.34s");
  }

  private static EventMessage message(DomainEvent event) {
    return new EventMessage(event, rendering(event.getClass()), FilenamePolicy.AS_GIVEN,
        Optional.empty(), NOW);
  }

  private static EventRendering<?> rendering(Class<? extends DomainEvent> type) {
    return EventCatalog.standard().renderingOf(type).orElseThrow();
  }

  private static EventMessage roundTrip(EventMessage message)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(message);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (EventMessage) in.readObject();
    }
  }
}
