package com.tailorjob.application.worker;

/**
 * A parse job came back from every one of its attempts without an outcome: each worker that
 * leased it stopped before finishing, as when reading the file brings the process down.
 */
public final class AttemptsExhaustedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AttemptsExhaustedException(int attempts) {
    super("the lease ran out on all " + attempts + " attempts without an outcome");
  }
}
