package com.tailorjob.domain.event;

import com.tailorjob.domain.retention.PrunedRecords;
import java.time.Duration;
import java.util.Objects;

/** Events of pruning records that have outlived their use. */
public sealed interface RetentionEvent extends DomainEvent {

  record PruneStarted() implements RetentionEvent {

    @Override
    public String name() {
      return "retention.prune.started";
    }
  }

  record RecordsPruned(PrunedRecords pruned, Duration duration) implements RetentionEvent {
    public RecordsPruned {
      Objects.requireNonNull(pruned, "pruned");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "retention.prune.succeeded";
    }
  }

  record PruneFailed(Duration duration, Throwable cause) implements RetentionEvent {
    public PruneFailed {
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "retention.prune.failed";
    }
  }
}
