package com.tailorjob.application.port.out;

import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Job postings; every read and write is scoped to the owner. */
public interface JobRepository {

  void add(JobPosting job);

  /** Replaces the owner's posting; false when the owner has no posting with that id. */
  boolean update(JobPosting job);

  Optional<JobPosting> find(UserId owner, JobId id);

  /** The owner's postings, newest first. */
  List<JobPosting> listByOwner(UserId owner);

  /** Removes the posting and its cached match results; false when there was nothing. */
  boolean delete(UserId owner, JobId id);
}
