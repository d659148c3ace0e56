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

    Instant now = clock.instant();
    JobPosting job = build(ids.newJobId(), owner, draft, now, now, Operation.CREATE, stopwatch);
    write(Operation.CREATE, job.id(), owner, stopwatch, () -> jobs.add(job));

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

    JobPosting current = existing(owner, id, Operation.UPDATE, stopwatch);
    JobPosting changed = build(id, owner, draft, current.createdAt(), clock.instant(),
        Operation.UPDATE, stopwatch);
    write(Operation.UPDATE, id, owner, stopwatch, () -> {
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

    existing(owner, id, Operation.DELETE, stopwatch);
    write(Operation.DELETE, id, owner, stopwatch, () -> {
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

  private JobPosting existing(UserId owner, JobId id, Operation operation, Stopwatch stopwatch) {
    Optional<JobPosting> job = jobs.find(owner, id);
    if (job.isEmpty()) {
      observability.emit(new JobEvent.JobRejected(
          operation, Optional.of(id), owner, "not_found", stopwatch.elapsed()));
      throw new JobNotFoundException(id);
    }
    return job.get();
  }

  private JobPosting build(
      JobId id, UserId owner, JobDraft draft, Instant created, Instant updated,
      Operation operation, Stopwatch stopwatch) {
    try {
      String title = text(draft.title(), "title").strip();
      String description = text(draft.description(), "description");
      String company = draft.company() == null ? "" : draft.company().strip();
      List<String> wanted = draft.requirements().isEmpty()
          ? requirements.requirementsOf(title, description)
          : normalised(draft.requirements());
      return new JobPosting(id, owner, title, company, description, wanted, created, updated);
    } catch (IllegalArgumentException e) {
      observability.emit(new JobEvent.JobRejected(
          operation, Optional.of(id), owner, "invalid_job", stopwatch.elapsed()));
      throw new InvalidJobException(e.getMessage());
    }
  }

  private void write(
      Operation operation, JobId id, UserId owner, Stopwatch stopwatch, Runnable write) {
    try {
      write.run();
    } catch (JobNotFoundException e) {
      observability.emit(new JobEvent.JobRejected(
          operation, Optional.of(id), owner, "not_found", stopwatch.elapsed()));
      throw e;
    } catch (RuntimeException e) {
      observability.emit(new JobEvent.JobOperationFailed(
          operation, Optional.of(id), owner, stopwatch.elapsed(), e));
      throw new OperationFailedException(
          "job " + operation.name().toLowerCase(Locale.ROOT), e);
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
}
