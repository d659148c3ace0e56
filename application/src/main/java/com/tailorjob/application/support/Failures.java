package com.tailorjob.application.support;

/** Which throwables a long-running loop may catch and go on after. */
public final class Failures {

  private Failures() {}

  /**
   * True for exceptions and for the errors one unit of work can cause without breaking the JVM:
   * an OutOfMemoryError (the work's allocations are garbage once its stack unwinds), a
   * StackOverflowError, a LinkageError or an AssertionError. False for InternalError and
   * UnknownError, which say the JVM itself is broken.
   */
  public static boolean survivable(Throwable failure) {
    return !(failure instanceof VirtualMachineError)
        || failure instanceof OutOfMemoryError
        || failure instanceof StackOverflowError;
  }
}
