package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.StorageKey;

/**
 * A CV cannot be recorded because the pending removal of its file is gone, or a sweep has taken
 * it: the file may already be deleted. An upload that outlasts the sweep's grace period ends here
 * rather than leaving a CV without its file.
 */
public class StoredFileSweptException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoredFileSweptException(StorageKey key) {
    super("the removal of " + key + " is no longer pending: a sweep may have deleted the file");
  }
}
