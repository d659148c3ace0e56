package com.tailorjob.adapters.logging;

import com.tailorjob.application.port.out.Observability;
import java.util.Optional;
import org.apache.logging.log4j.ThreadContext;

/**
 * The request id and user put in log4j's thread context for one scope; closing puts back what
 * the two keys held before, so an inner scope hands the context back to the outer one.
 */
final class ThreadContextScope implements Observability.Scope {

  private final Optional<String> previousRequestId;
  private final Optional<String> previousUser;
  private boolean closed;

  private ThreadContextScope(Optional<String> previousRequestId, Optional<String> previousUser) {
    this.previousRequestId = previousRequestId;
    this.previousUser = previousUser;
  }

  static ThreadContextScope open(String requestId, String user) {
    ThreadContextScope scope = new ThreadContextScope(
        current(Log4jObservability.CONTEXT_REQUEST_ID), current(Log4jObservability.CONTEXT_USER));

    ThreadContext.put(Log4jObservability.CONTEXT_REQUEST_ID, requestId);
    ThreadContext.put(Log4jObservability.CONTEXT_USER, user);
    return scope;
  }

  /** Restores the previous context once; a second close must not undo a later scope. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    restore(Log4jObservability.CONTEXT_REQUEST_ID, previousRequestId);
    restore(Log4jObservability.CONTEXT_USER, previousUser);
  }

  private static Optional<String> current(String key) {
    return Optional.ofNullable(ThreadContext.get(key));
  }

  private static void restore(String key, Optional<String> previous) {
    previous.ifPresentOrElse(value -> ThreadContext.put(key, value),
        () -> ThreadContext.remove(key));
  }
}
