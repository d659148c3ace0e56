package com.tailorjob.application.job;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.application.port.out.JobRepository;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.RequirementExtractor;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.event.JobEvent;
import com.tailorjob.domain.event.JobEvent.Operation;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates, changes, reads and deletes a user's job postings. When a posting comes without a
 * requirements list, the skills it asks for are read from its description.
 */
public final class ManageJobs {

  private static final int MAX_REQUIREMENTS = 100;
  private static final int MAX_REQUIREMENT_LENGTH = 100;

  private final JobRepository jobs;
  private final RequirementExtractor requirements;
  private final IdGenerator ids;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public ManageJobs(
      JobRepository jobs, RequirementExtractor requirements, IdGenerator ids,
      Observability observability, Clock clock) {
    this.jobs = jobs;
    this.requirements = requirements;
    this.ids = ids;
    this.observability = observability;
    this.clock = clock;
  }

  /** A posting as the user wrote it; an empty requirements list means "read them for me". */
  public record JobDraft(
      String title, String company, String description, List<String> requirements) {
    public JobDraft {
      requirements = requirements == null
          ? List.of()
          : requirements.stream().map(r -> Objects.requireNonNullElse(r, "")).toList();
    }
  }

  public JobPosting create(UserId owner, JobDraft draft) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(
        new JobEvent.JobOperationStarted(Operation.CREATE, Optional.empty(), owner));

    JobId id = new Step(Operation.CREATE, Optional.empty(), owner, stopwatch).call(ids::newJobId);
    Step step = new Step(Operation.CREATE, Optional.of(id), owner, stopwatch);
    Instant now = clock.instant();
    JobPosting job = build(step, id, draft, now, now);
    step.run(() -> jobs.add(job));

    observability.emit(new JobEvent.JobCreated(
        job.id(), owner, job.requirements().size(), stopwatch.elapsed()));
    return job;
  }

  /**
   * @throws JobNotFoundException when the caller has no job with this id
   */
  public JobPosting update(UserId owner, JobId id, JobDraft draft) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(
        new JobEvent.JobOperationStarted(Operation.UPDATE, Optional.of(id), owner));

    Step step = new Step(Operation.UPDATE, Optional.of(id), owner, stopwatch);
    JobPosting current = existing(step, id);
    JobPosting changed = build(step, id, draft, current.createdAt(), clock.instant());
    step.run(() -> {
      if (!jobs.update(changed)) {
        throw new JobNotFoundException(id);
      }
    });

    observability.emit(new JobEvent.JobUpdated(
        id, owner, changed.requirements().size(), stopwatch.elapsed()));
    return changed;
  }

  /**
   * @throws JobNotFoundException when the caller has no job with this id
   */
  public void delete(UserId owner, JobId id) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(
        new JobEvent.JobOperationStarted(Operation.DELETE, Optional.of(id), owner));

    Step step = new Step(Operation.DELETE, Optional.of(id), owner, stopwatch);
    existing(step, id);
    step.run(() -> {
      if (!jobs.delete(owner, id)) {
        throw new JobNotFoundException(id);
      }
    });

    observability.emit(new JobEvent.JobDeleted(id, owner, stopwatch.elapsed()));
  }

  public List<JobPosting> list(UserId owner) {
    return jobs.listByOwner(owner);
  }

  /**
   * @throws JobNotFoundException when the caller has no job with this id
   */
  public JobPosting get(UserId owner, JobId id) {
    return jobs.find(owner, id).orElseThrow(() -> new JobNotFoundException(id));
  }

  private JobPosting existing(Step step, JobId id) {
    Optional<JobPosting> job = step.call(() -> jobs.find(step.owner, id));
    if (job.isEmpty()) {
      throw step.reject("not_found", new JobNotFoundException(id));
    }
    return job.get();
  }

  /**
   * Checks what the user wrote. Requirements read from the description are not the user's
   * input: when the extractor fails, the operation failed rather than the job being invalid.
   */
  private JobPosting build(
      Step step, JobId id, JobDraft draft, Instant created, Instant updated) {
    String title;
    String description;
    List<String> given;
    try {
      title = text(draft.title(), "title").strip();
      description = text(draft.description(), "description");
      given = normalised(draft.requirements());
    } catch (IllegalArgumentException e) {
      throw step.reject("invalid_job", new InvalidJobException(e.getMessage()));
    }
    String company = draft.company() == null ? "" : draft.company().strip();
    List<String> wanted = given.isEmpty()
        ? step.call(() -> requirements.requirementsOf(title, description))
        : given;

    try {
      return new JobPosting(id, step.owner, title, company, description, wanted, created,
          updated);
    } catch (IllegalArgumentException e) {
      throw step.reject("invalid_job", new InvalidJobException(e.getMessage()));
    }
  }

  private static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a job needs a " + field);
    }
    return value;
  }

  private static List<String> normalised(List<String> given) {
    LinkedHashSet<String> skills = new LinkedHashSet<>();
    for (String requirement : given) {
      String skill = Objects.requireNonNullElse(requirement, "")
          .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (skill.isEmpty() || skill.length() > MAX_REQUIREMENT_LENGTH) {
        throw new IllegalArgumentException(
            "a requirement has 1-" + MAX_REQUIREMENT_LENGTH + " characters");
      }
      skills.add(skill);
    }
    if (skills.size() > MAX_REQUIREMENTS) {
      throw new IllegalArgumentException(
          "a job has at most " + MAX_REQUIREMENTS + " requirements");
    }
    return List.copyOf(skills);
  }

  /**
   * One job operation on its way to its single outcome: a port call that throws ends it as a
   * failure, a job that is not there, or no longer, as a rejection.
   */
  private final class Step {

    private final Operation operation;
    private final Optional<JobId> job;
    private final UserId owner;
    private final Stopwatch stopwatch;

    Step(Operation operation, Optional<JobId> job, UserId owner, Stopwatch stopwatch) {
      this.operation = operation;
      this.job = job;
      this.owner = owner;
      this.stopwatch = stopwatch;
    }

    <T> T call(Supplier<T> portCall) {
      try {
        return portCall.get();
      } catch (JobNotFoundException e) {
        throw reject("not_found", e);
      } catch (RuntimeException e) {
        observability.emit(
            new JobEvent.JobOperationFailed(operation, job, owner, stopwatch.elapsed(), e));
        throw new OperationFailedException(
            "job " + operation.name().toLowerCase(Locale.ROOT), e);
      }
    }

    void run(Runnable portCall) {
      call(() -> {
        portCall.run();
        return null;
      });
    }

    <E extends RuntimeException> E reject(String reason, E exception) {
      observability.emit(
          new JobEvent.JobRejected(operation, job, owner, reason, stopwatch.elapsed()));
      return exception;
    }
  }
}
