package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.domain.event.RetentionEvent;
import com.tailorjob.domain.retention.PrunedRecords;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionLinesTest {

  private static final PrunedRecords PRUNED = new PrunedRecords(3, 12, 40, 7, 2);
  private static final Duration TOOK = Duration.ofMillis(42);

  @TempDir Path folder;

  @Test
  void the_start_of_a_pruning_is_one_plain_line() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new RetentionEvent.PruneStarted());

    assertThat(log.messages()).containsExactly("🧹 Pruning expired records");
  }

  @Test
  void a_pruning_reports_each_kind_of_record_it_removed_and_the_orphaned_files_it_swept() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new RetentionEvent.RecordsPruned(PRUNED, TOOK));

    assertThat(log.messages()).containsExactly("✅ Expired records pruned: sessions=3,"
        + " login_failures=12, match_results=40, parse_jobs=7, orphaned_files=2,"
        + " duration=0.04s");
  }

  @Test
  void the_counts_are_json_numbers_under_the_retention_logger() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new RetentionEvent.RecordsPruned(PRUNED, TOOK));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("logger").asText()).isEqualTo("tailorjob.retention");
    assertThat(line.get("event").asText()).isEqualTo("retention.prune.succeeded");
    assertThat(line.get("login_failures").isIntegralNumber()).isTrue();
    assertThat(line.get("match_results").asInt()).isEqualTo(40);
    assertThat(line.get("orphaned_files").asInt()).isEqualTo(2);
  }

  @Test
  void a_failed_pruning_is_an_error_with_its_exception() {
    CapturedLog log = CapturedLog.in(folder);

    log.observability().emit(new RetentionEvent.PruneFailed(TOOK,
        new IllegalStateException("connection refused")));

    JsonNode line = log.jsonLines().get(0);
    assertThat(line.get("level").asText()).isEqualTo("ERROR");
    assertThat(line.at("/exception/message").asText()).isEqualTo("connection refused");
    assertThat(log.messages()).containsExactly("❌ Pruning expired records failed: duration=0.04s");
  }
}
