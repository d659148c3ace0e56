package com.tailorjob.adapters.logging;

import static com.tailorjob.adapters.logging.SampleEvents.CV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.domain.event.ParseEvent;
import com.tailorjob.domain.event.WorkerEvent;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopeTest {

  private static final RequestId UPLOAD_REQUEST = new RequestId("req-upload-1");
  private static final UserId OWNER = new UserId("abc123");

  @TempDir Path folder;

  @AfterEach
  void clearContext() {
    ThreadContext.clearMap();
  }

  @Test
  void events_inside_a_scope_carry_its_request_id_and_user_in_json() {
    CapturedLog log = CapturedLog.in(folder);
    Observability observability = log.observability();

    try (Observability.Scope scope = observability.openScope(UPLOAD_REQUEST, OWNER)) {
      observability.emit(new WorkerEvent.JobReceived(1, CV, 1));
    }

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("request_id").asText()).isEqualTo("req-upload-1");
    assertThat(line.get("user").asText()).isEqualTo("abc123");
  }

  @Test
  void events_inside_a_scope_carry_its_request_id_in_the_text_line() {
    CapturedLog log = CapturedLog.in(folder);
    Observability observability = log.observability();

    try (Observability.Scope scope = observability.openScope(UPLOAD_REQUEST, OWNER)) {
      observability.emit(new ParseEvent.ParseStarted(CV, OWNER));
    }

    assertThat(log.textLines()).singleElement().asString().contains(" [req-upload-1] ");
  }

  @Test
  void closing_a_scope_leaves_no_context_where_there_was_none() {
    CapturedLog log = CapturedLog.in(folder);
    Observability observability = log.observability();

    observability.openScope(UPLOAD_REQUEST, OWNER).close();
    observability.emit(new WorkerEvent.JobReceived(1, CV, 1));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.has("request_id")).isFalse();
    assertThat(line.has("user")).isFalse();
    assertThat(ThreadContext.isEmpty()).isTrue();
  }

  @Test
  void closing_an_inner_scope_brings_back_the_outer_one() {
    CapturedLog log = CapturedLog.in(folder);
    Observability observability = log.observability();

    try (Observability.Scope outer = observability.openScope(UPLOAD_REQUEST, OWNER)) {
      try (Observability.Scope inner =
          observability.openScope(new RequestId("req-inner"), new UserId("def456"))) {
        observability.emit(new WorkerEvent.JobReceived(1, CV, 1));
      }
      observability.emit(new WorkerEvent.JobReceived(2, CV, 1));
    }

    List<JsonNode> lines = log.jsonLines();
    assertThat(lines).extracting(line -> line.get("request_id").asText())
        .containsExactly("req-inner", "req-upload-1");
    assertThat(lines).extracting(line -> line.get("user").asText())
        .containsExactly("def456", "abc123");
  }

  @Test
  void closing_a_scope_restores_a_context_set_by_someone_else() {
    ThreadContext.put(Log4jObservability.CONTEXT_REQUEST_ID, "req-http-7");
    ThreadContext.put("tenant", "t1");
    Observability observability = CapturedLog.in(folder).observability();

    observability.openScope(UPLOAD_REQUEST, OWNER).close();

    assertThat(ThreadContext.getImmutableContext())
        .containsOnly(entry(Log4jObservability.CONTEXT_REQUEST_ID, "req-http-7"),
            entry("tenant", "t1"));
  }

  @Test
  void a_second_close_does_not_undo_a_later_scope() {
    Observability observability = CapturedLog.in(folder).observability();
    Observability.Scope first = observability.openScope(UPLOAD_REQUEST, OWNER);
    first.close();
    observability.openScope(new RequestId("req-2"), OWNER);

    first.close();

    assertThat(ThreadContext.get(Log4jObservability.CONTEXT_REQUEST_ID)).isEqualTo("req-2");
  }
}
