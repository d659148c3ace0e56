package com.tailorjob.application.port.out;

import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;

/**
 * Where use cases report what happened. Implementations decide how an event is rendered and
 * shipped; they must not block the caller for long and must never throw.
 *
 * <p>Privacy rule: events carry ids, sizes, durations and reasons only. Nothing passed here may
 * hold a password, a session token, an API key, CV text, or an e-mail address or phone number.
 */
@FunctionalInterface
public interface Observability {

  void emit(DomainEvent event);

  /**
   * Tags every event emitted on the current thread, until the returned scope closes, with the
   * request and user it belongs to. The worker uses it so a parse carries the id of the upload
   * that queued it. Implementations without a context ignore it.
   */
  default Scope openScope(RequestId requestId, UserId user) {
    return () -> {};
  }

  /** A context opened by {@link #openScope}; closing it restores the previous context. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** An implementation that drops every event, for embedders who log nothing. */
  static Observability none() {
    return event -> {};
  }
}
