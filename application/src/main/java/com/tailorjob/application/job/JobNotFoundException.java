package com.tailorjob.application.job;

import com.tailorjob.domain.job.JobId;

/** No job posting with this id belongs to the caller; someone else's looks the same. */
public class JobNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobNotFoundException(JobId id) {
    super("no job " + id);
  }
}
