package com.tailorjob.application.cv.violation;

import com.tailorjob.application.support.SecureRandomIds;

/** Deliberate breach: a use case holding an implementation instead of its port. */
public final class UseCaseBypassingItsPort {

  private final SecureRandomIds ids = new SecureRandomIds();

  public String next() {
    return ids.newCvId().value();
  }
}
