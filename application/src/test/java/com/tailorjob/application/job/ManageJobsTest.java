package com.tailorjob.application.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.testing.InMemoryMatching;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManageJobsTest {

  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");

  private final InMemoryMatching matching = new InMemoryMatching();
  private final RecordingObservability events = new RecordingObservability();
  private final ManageJobs manageJobs = new ManageJobs(matching.jobs(),
      (title, description) -> List.of("java", "sql"), new SequentialIds(), events,
      MutableClock.atSomeMoment());

  @Test
  void reads_the_requirements_from_the_description_when_none_are_given() {
    JobPosting job = manageJobs.create(ALICE, draft(List.of()));

    assertThat(job.requirements()).containsExactly("java", "sql");
  }

  @Test
  void keeps_given_requirements_normalised() {
    JobPosting job = manageJobs.create(ALICE, draft(List.of(" Kubernetes ", "kubernetes", "Go")));

    assertThat(job.requirements()).containsExactly("kubernetes", "go");
  }

  @Test
  void refuses_a_job_without_a_title() {
    assertThatThrownBy(() -> manageJobs.create(ALICE,
            new ManageJobs.JobDraft(" ", "Acme", "Work", List.of())))
        .isInstanceOf(InvalidJobException.class);
    assertThat(events.names()).last().isEqualTo("job.create.rejected");
  }

  @Test
  void refuses_a_missing_requirement_as_invalid_input() {
    List<String> withAHole = new ArrayList<>(List.of("java"));
    withAHole.add(null);

    assertThatThrownBy(() -> manageJobs.create(ALICE, draft(withAHole)))
        .isInstanceOf(InvalidJobException.class);
  }

  @Test
  void treats_another_users_job_as_not_found() {
    JobPosting job = manageJobs.create(ALICE, draft(List.of()));

    assertThatThrownBy(() -> manageJobs.update(BOB, job.id(), draft(List.of())))
        .isInstanceOf(JobNotFoundException.class);
    assertThatThrownBy(() -> manageJobs.delete(BOB, job.id()))
        .isInstanceOf(JobNotFoundException.class);
  }

  @Test
  void reports_each_operation_with_a_start_and_an_outcome() {
    JobPosting job = manageJobs.create(ALICE, draft(List.of()));
    manageJobs.update(ALICE, job.id(), draft(List.of("rust")));
    manageJobs.delete(ALICE, job.id());

    assertThat(events.names()).containsExactly("job.create.started", "job.create.succeeded",
        "job.update.started", "job.update.succeeded", "job.delete.started",
        "job.delete.succeeded");
  }

  private static ManageJobs.JobDraft draft(List<String> requirements) {
    return new ManageJobs.JobDraft("Backend engineer", "Acme", "Java and SQL daily.",
        requirements);
  }
}
