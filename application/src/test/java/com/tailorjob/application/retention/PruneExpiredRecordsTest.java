package com.tailorjob.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.port.out.ExpiredRecords;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.domain.event.RetentionEvent;
import com.tailorjob.domain.retention.PrunedRecords;
import com.tailorjob.domain.retention.RetentionPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PruneExpiredRecordsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final RetentionPolicy POLICY =
      new RetentionPolicy(Duration.ofMinutes(15), Duration.ofDays(7));

  private final RecordingRecords records = new RecordingRecords();
  private final RecordingObservability events = new RecordingObservability();
  private final PruneExpiredRecords prune =
      new PruneExpiredRecords(records, POLICY, events, new MutableClock(NOW));

  @Test
  void deletes_each_kind_of_record_up_to_its_own_cutoff() {
    prune.prune();

    assertThat(records.cutoffs).containsExactly(
        Map.entry("sessions", NOW),
        Map.entry("login_failures", NOW.minus(Duration.ofMinutes(15))),
        Map.entry("match_results", NOW),
        Map.entry("parse_jobs", NOW.minus(Duration.ofDays(7))));
  }

  @Test
  void reports_how_many_records_of_each_kind_it_removed() {
    PrunedRecords pruned = prune.prune();

    assertThat(pruned).isEqualTo(new PrunedRecords(1, 2, 3, 4));
    assertThat(events.eventsOf(RetentionEvent.RecordsPruned.class))
        .extracting(RetentionEvent.RecordsPruned::pruned)
        .containsExactly(pruned);
  }

  @Test
  void emits_a_start_and_one_outcome() {
    prune.prune();

    assertThat(events.names())
        .containsExactly("retention.prune.started", "retention.prune.succeeded");
  }

  @Test
  void reports_a_database_failure_and_passes_it_on() {
    IllegalStateException down = new IllegalStateException("database unavailable");
    records.failure = down;

    assertThatThrownBy(prune::prune).isSameAs(down);
    assertThat(events.eventsOf(RetentionEvent.PruneFailed.class))
        .extracting(RetentionEvent.PruneFailed::cause)
        .containsExactly(down);
  }

  /** Remembers the cutoff of each deletion and answers with fixed counts. */
  private static final class RecordingRecords implements ExpiredRecords {

    private final Map<String, Instant> cutoffs = new LinkedHashMap<>();
    private RuntimeException failure;

    @Override
    public int deleteSessionsEndedBefore(Instant instant) {
      return delete("sessions", instant, 1);
    }

    @Override
    public int deleteLoginFailuresBefore(Instant instant) {
      return delete("login_failures", instant, 2);
    }

    @Override
    public int deleteMatchResultsExpiredBy(Instant instant) {
      return delete("match_results", instant, 3);
    }

    @Override
    public int deleteParseJobsFinishedBefore(Instant instant) {
      return delete("parse_jobs", instant, 4);
    }

    private int delete(String kind, Instant cutoff, int count) {
      if (failure != null) {
        throw failure;
      }
      cutoffs.put(kind, cutoff);
      return count;
    }
  }
}
