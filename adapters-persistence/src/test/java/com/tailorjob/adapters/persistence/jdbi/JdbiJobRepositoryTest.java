package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.job;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.user.UserId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiJobRepositoryTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");

  private JdbiJobRepository jobs;

  @BeforeEach
  void setUp() {
    Jdbi jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    jobs = new JdbiJobRepository(jdbi);
    JdbiUserRepository users = new JdbiUserRepository(jdbi);
    users.add(user(ALICE.value()));
    users.add(user(BOB.value()));
  }

  @Test
  void finds_an_added_posting_with_every_field_intact() {
    JobPosting job = job("job-1", ALICE);

    jobs.add(job);

    assertThat(jobs.find(ALICE, job.id())).contains(job);
  }

  @Test
  void keeps_the_requirements_in_their_order_with_any_characters() {
    JobPosting job = withRequirements(job("job-1", ALICE),
        List.of("C++", "Go, \"idiomatic\"", "{braces}", "back\\slash", "Zürich", "C#"));

    jobs.add(job);

    assertThat(jobs.find(ALICE, job.id())).get().extracting(JobPosting::requirements)
        .isEqualTo(job.requirements());
  }

  @Test
  void keeps_a_posting_without_requirements() {
    JobPosting job = withRequirements(job("job-1", ALICE), List.of());

    jobs.add(job);

    assertThat(jobs.find(ALICE, job.id())).contains(job);
  }

  @Test
  void finds_nothing_under_another_owners_id() {
    JobPosting job = job("job-1", ALICE);
    jobs.add(job);

    assertThat(jobs.find(BOB, job.id())).isEmpty();
  }

  @Test
  void replaces_the_owners_posting_on_update() {
    JobPosting job = job("job-1", ALICE);
    jobs.add(job);
    JobPosting edited = new JobPosting(job.id(), ALICE, "Staff engineer", "Globex",
        "Lead the platform team", List.of("Java", "Leadership"), job.createdAt(),
        NOW.plusSeconds(600));

    boolean updated = jobs.update(edited);

    assertThat(updated).isTrue();
    assertThat(jobs.find(ALICE, job.id())).contains(edited);
  }

  @Test
  void keeps_the_first_creation_time_on_update() {
    JobPosting job = job("job-1", ALICE);
    jobs.add(job);
    JobPosting claimingAnotherCreation = job("job-1", ALICE, NOW.plusSeconds(600));

    jobs.update(claimingAnotherCreation);

    assertThat(jobs.find(ALICE, job.id())).get().extracting(JobPosting::createdAt)
        .isEqualTo(job.createdAt());
  }

  @Test
  void refuses_to_update_another_owners_posting() {
    JobPosting job = job("job-1", ALICE);
    jobs.add(job);
    JobPosting hijack = new JobPosting(job.id(), BOB, "Hijacked", "Evil", "", List.of(),
        NOW, NOW.plusSeconds(60));

    boolean updated = jobs.update(hijack);

    assertThat(updated).isFalse();
    assertThat(jobs.find(ALICE, job.id())).contains(job);
  }

  @Test
  void updating_an_unknown_posting_reports_nothing_changed() {
    assertThat(jobs.update(job("never-added", ALICE))).isFalse();
  }

  @Test
  void lists_only_the_owners_postings_newest_first() {
    JobPosting old = job("job-old", ALICE, NOW.minusSeconds(3600));
    JobPosting recent = job("job-recent", ALICE, NOW);
    JobPosting bobs = job("job-bob", BOB, NOW.plusSeconds(60));
    for (JobPosting job : List.of(old, bobs, recent)) {
      jobs.add(job);
    }

    List<JobPosting> listed = jobs.listByOwner(ALICE);

    assertThat(listed).containsExactly(recent, old);
  }

  @Test
  void lists_postings_created_in_the_same_instant_in_a_stable_order() {
    jobs.add(job("job-a", ALICE, NOW));
    jobs.add(job("job-b", ALICE, NOW));

    List<JobPosting> listed = jobs.listByOwner(ALICE);

    assertThat(listed).extracting(job -> job.id().value()).containsExactly("job-b", "job-a");
  }

  @Test
  void lists_nothing_for_an_owner_without_postings() {
    jobs.add(job("job-1", ALICE));

    assertThat(jobs.listByOwner(BOB)).isEmpty();
  }

  @Test
  void deletes_the_owners_posting() {
    JobPosting job = job("job-1", ALICE);
    jobs.add(job);

    boolean deleted = jobs.delete(ALICE, job.id());

    assertThat(deleted).isTrue();
    assertThat(jobs.find(ALICE, job.id())).isEmpty();
  }

  @Test
  void refuses_to_delete_another_owners_posting() {
    JobPosting job = job("job-1", ALICE);
    jobs.add(job);

    boolean deleted = jobs.delete(BOB, job.id());

    assertThat(deleted).isFalse();
    assertThat(jobs.find(ALICE, job.id())).contains(job);
  }

  @Test
  void deleting_an_unknown_posting_reports_nothing_removed() {
    assertThat(jobs.delete(ALICE, new JobId("never-added"))).isFalse();
  }

  private static JobPosting withRequirements(JobPosting job, List<String> requirements) {
    return new JobPosting(job.id(), job.owner(), job.title(), job.company(), job.description(),
        requirements, job.createdAt(), job.updatedAt());
  }
}
