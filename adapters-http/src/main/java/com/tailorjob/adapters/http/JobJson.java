package com.tailorjob.adapters.http;

import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.domain.job.JobPosting;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A job posting as its owner sees it; the owner itself stays inside. */
record JobJson(
    String id,
    String title,
    String company,
    String description,
    List<String> requirements,
    Instant createdAt,
    Instant updatedAt) {

  static JobJson of(JobPosting job) {
    return new JobJson(job.id().value(), job.title(), job.company(), job.description(),
        job.requirements(), job.createdAt(), job.updatedAt());
  }

  /**
   * What create and update read. Missing fields stay null so the use case, which owns the
   * rules, answers for them.
   */
  record Draft(String title, String company, String description, List<String> requirements) {

    /** A JSON null among the requirements becomes an empty one, which the rules refuse. */
    ManageJobs.JobDraft toDraft() {
      List<String> given = requirements == null
          ? List.of()
          : requirements.stream().map(r -> Objects.requireNonNullElse(r, "")).toList();
      return new ManageJobs.JobDraft(title, company, description, given);
    }
  }

  /** The list answer is an object, so fields such as paging can join later. */
  record Listing(List<JobJson> jobs) {
    static Listing of(List<JobPosting> jobs) {
      return new Listing(jobs.stream().map(JobJson::of).toList());
    }
  }
}
