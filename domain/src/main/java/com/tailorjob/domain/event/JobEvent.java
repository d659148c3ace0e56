package com.tailorjob.domain.event;

import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Events of creating, changing and deleting job postings. */
public sealed interface JobEvent extends DomainEvent {

  /** Which operation on job postings an event belongs to. */
  enum Operation {
    CREATE,
    UPDATE,
    DELETE
  }

  record JobOperationStarted(Operation operation, Optional<JobId> job, UserId user)
      implements JobEvent {
    public JobOperationStarted {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String name() {
      return "job." + operation.name().toLowerCase(Locale.ROOT) + ".started";
    }
  }

  record JobCreated(JobId job, UserId user, int requirements, Duration duration)
      implements JobEvent {
    public JobCreated {
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "job.create.succeeded";
    }
  }

  record JobUpdated(JobId job, UserId user, int requirements, Duration duration)
      implements JobEvent {
    public JobUpdated {
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "job.update.succeeded";
    }
  }

  record JobDeleted(JobId job, UserId user, Duration duration) implements JobEvent {
    public JobDeleted {
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "job.delete.succeeded";
    }
  }

  /** Invalid input, or a job the user does not have. */
  record JobRejected(
      Operation operation, Optional<JobId> job, UserId user, String reason, Duration duration)
      implements JobEvent {
    public JobRejected {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "job." + operation.name().toLowerCase(Locale.ROOT) + ".rejected";
    }
  }

  record JobOperationFailed(
      Operation operation, Optional<JobId> job, UserId user, Duration duration, Throwable cause)
      implements JobEvent {
    public JobOperationFailed {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "job." + operation.name().toLowerCase(Locale.ROOT) + ".failed";
    }
  }
}
