package com.tailorjob.application;

/**
 * A use case failed for a reason that is not the caller's fault. The failure has already been
 * reported through the observability port with its cause, so callers must not log it again.
 */
public class OperationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean transientFailure;

  /** A failure whose cause tells whether it is transient, as {@link TransientFailures} reads. */
  public OperationFailedException(String operation, Throwable cause) {
    this(operation, TransientFailures.isTransient(cause), cause);
  }

  public OperationFailedException(String operation, boolean transientFailure, Throwable cause) {
    super(operation + " failed", cause);
    this.transientFailure = transientFailure;
  }

  /** True when trying again later may succeed, such as when storage is briefly unreachable. */
  public boolean isTransient() {
    return transientFailure;
  }
}
