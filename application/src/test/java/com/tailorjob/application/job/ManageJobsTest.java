package com.tailorjob.application.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.testing.InMemoryMatching;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.user.UserId;
import java.sql.SQLTransientConnectionException;
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

  @Test
  void reports_a_failed_lookup_as_the_updates_one_failure() {
    JobPosting job = manageJobs.create(ALICE, draft(List.of()));
    matching.failJobReads(ManageJobsTest::databaseOutage);
    events.clear();

    assertThatThrownBy(() -> manageJobs.update(ALICE, job.id(), draft(List.of("rust"))))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).containsExactly("job.update.started", "job.update.failed");
  }

  @Test
  void reports_a_failed_lookup_as_the_deletions_one_failure() {
    JobPosting job = manageJobs.create(ALICE, draft(List.of()));
    matching.failJobReads(ManageJobsTest::databaseOutage);
    events.clear();

    assertThatThrownBy(() -> manageJobs.delete(ALICE, job.id()))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());

    assertThat(events.names()).containsExactly("job.delete.started", "job.delete.failed");
  }

  @Test
  void reports_a_failing_requirement_extractor_as_the_creations_one_failure() {
    ManageJobs withBrokenExtractor = new ManageJobs(matching.jobs(), (title, description) -> {
      throw new IllegalStateException("vocabulary not loaded");
    }, new SequentialIds(), events, MutableClock.atSomeMoment());

    assertThatThrownBy(() -> withBrokenExtractor.create(ALICE, draft(List.of())))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).containsExactly("job.create.started", "job.create.failed");
  }

  @Test
  void does_not_blame_the_user_for_an_extractor_that_refuses_its_own_input() {
    ManageJobs withBrokenExtractor = new ManageJobs(matching.jobs(), (title, description) -> {
      throw new IllegalArgumentException("unexpected character");
    }, new SequentialIds(), events, MutableClock.atSomeMoment());

    assertThatThrownBy(() -> withBrokenExtractor.create(ALICE, draft(List.of())))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).last().isEqualTo("job.create.failed");
  }

  private static RuntimeException databaseOutage() {
    return new IllegalStateException("statement failed",
        new SQLTransientConnectionException("connection is not available"));
  }

  private static ManageJobs.JobDraft draft(List<String> requirements) {
    return new ManageJobs.JobDraft("Backend engineer", "Acme", "Java and SQL daily.",
        requirements);
  }
}
