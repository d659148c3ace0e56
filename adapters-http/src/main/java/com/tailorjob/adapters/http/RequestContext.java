package com.tailorjob.adapters.http;

import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.domain.trace.RequestId;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Holds what the API knows about the request in flight: its id and, once the bearer token is
 * checked, the caller. Handlers run with both in the SLF4J MDC, set and removed on the very
 * thread that runs them, so a pooled thread never carries one request's id into the next.
 */
final class RequestContext {

  static final String REQUEST_ID_HEADER = "X-Request-Id";
  static final String MDC_REQUEST_ID = "request_id";
  static final String MDC_USER = "user";

  private static final String REQUEST_ID_ATTRIBUTE = "tailorjob.request-id";
  private static final String CALLER_ATTRIBUTE = "tailorjob.caller";

  private final IdGenerator ids;

  RequestContext(IdGenerator ids) {
    this.ids = ids;
  }

  /** The client's id when it is well formed, else a new one; echoed in the response. */
  RequestId requestId(Context ctx) {
    RequestId known = ctx.attribute(REQUEST_ID_ATTRIBUTE);
    if (known != null) {
      return known;
    }
    RequestId id = RequestId.parse(ctx.header(REQUEST_ID_HEADER)).orElseGet(ids::newRequestId);
    ctx.attribute(REQUEST_ID_ATTRIBUTE, id);
    ctx.header(REQUEST_ID_HEADER, id.value());
    return id;
  }

  void authenticated(Context ctx, Caller caller) {
    ctx.attribute(CALLER_ATTRIBUTE, caller);
  }

  /** The caller of a route behind the bearer filter; such a route never runs without one. */
  Caller caller(Context ctx) {
    return callerIfAny(ctx).orElseThrow(
        () -> new IllegalStateException("route reached without an authenticated caller"));
  }

  /** Wraps a handler so it runs with the request id and caller in the MDC. */
  Handler scoped(Handler handler) {
    return ctx -> {
      enter(ctx);
      try {
        handler.handle(ctx);
      } finally {
        leave();
      }
    };
  }

  /** Puts the request's context in the MDC of the current thread; pair it with leave(). */
  void enter(Context ctx) {
    MDC.put(MDC_REQUEST_ID, requestId(ctx).value());
    callerIfAny(ctx).ifPresent(caller -> MDC.put(MDC_USER, caller.user().value()));
  }

  /** Removes the request's keys, so a pooled thread carries nothing into its next request. */
  void leave() {
    MDC.remove(MDC_REQUEST_ID);
    MDC.remove(MDC_USER);
  }

  private Optional<Caller> callerIfAny(Context ctx) {
    return Optional.ofNullable(ctx.attribute(CALLER_ATTRIBUTE));
  }
}
