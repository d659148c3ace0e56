package com.tailorjob.adapters.logging;

import com.tailorjob.application.port.out.Observability;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * The observability port on log4j2: each domain event becomes one log event whose message is
 * the human line ({@code 📤 CV upload started: user=abc123, ...}) and whose map entries are the
 * typed fields for JSON layouts. It works under any log4j configuration; {@link
 * TailorJobLogging} supplies the service's own.
 *
 * <p>The caller's thread only looks the event up and hands it to log4j with the time and, for
 * events naming no user, the context's user. Events are immutable, so with async loggers the
 * line and the fields are rendered later, on log4j's background thread.
 */
public final class Log4jObservability implements Observability {

  /** The thread-context key of the signed-in user, as the HTTP adapter sets it. */
  public static final String CONTEXT_USER = "user";

  /** The thread-context key of the request id, as the HTTP adapter sets it. */
  public static final String CONTEXT_REQUEST_ID = "request_id";

  private final FilenamePolicy filenames;
  private final Clock clock;
  private final Map<Class<?>, Binding> bindings = new HashMap<>();
  private final Binding fallback;

  /** Logs file names as given. */
  public Log4jObservability() {
    this(FilenamePolicy.AS_GIVEN);
  }

  public Log4jObservability(FilenamePolicy filenames) {
    this(filenames, LogManager::getLogger, Clock.systemUTC());
  }

  /**
   * Logs into the given context rather than the one log4j selects for the caller, for a host
   * that runs several log4j contexts side by side.
   */
  public Log4jObservability(FilenamePolicy filenames, LoggerContext context) {
    this(filenames, Objects.requireNonNull(context, "context")::getLogger, Clock.systemUTC());
  }

  Log4jObservability(FilenamePolicy filenames, Function<String, Logger> loggers, Clock clock) {
    this.filenames = Objects.requireNonNull(filenames, "filenames");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (EventRendering<?> rendering : EventCatalog.standard().all()) {
      bindings.put(rendering.type(), Binding.of(rendering, loggers));
    }
    this.fallback = Binding.of(EventCatalog.unrendered(), loggers);
  }

  @Override
  public void emit(DomainEvent event) {
    try {
      Binding binding = bindings.getOrDefault(event.getClass(), fallback);
      EventRendering<?> rendering = binding.rendering();
      if (binding.logger().isEnabled(rendering.level())) {
        binding.logger().log(rendering.level(), message(event, binding),
            rendering.causeOf(event).orElse(null));
      }
    } catch (RuntimeException e) {
      // The port promises never to throw: a logging fault must not fail a business operation.
      StatusLogger.getLogger().error("Could not log event {}", event.getClass().getName(), e);
    }
  }

  /**
   * Puts the request id and user in log4j's thread context, where the layouts read them, until
   * the scope closes; closing restores what was there before. Close it on the same thread.
   */
  @Override
  public Scope openScope(RequestId requestId, UserId user) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(user, "user");
    return ThreadContextScope.open(requestId.value(), user.value());
  }

  private EventMessage message(DomainEvent event, Binding binding) {
    // Read now: the thread context belongs to this thread and will have changed by rendering.
    Optional<String> contextUser = binding.namesUser()
        ? Optional.empty()
        : Optional.ofNullable(ThreadContext.get(CONTEXT_USER));
    return new EventMessage(event, binding.rendering(), filenames, contextUser, clock.millis());
  }

  /** A rendering with its logger, and whether its events name their user themselves. */
  private record Binding(EventRendering<?> rendering, Logger logger, boolean namesUser) {

    static Binding of(EventRendering<?> rendering, Function<String, Logger> loggers) {
      boolean namesUser = rendering.type().isRecord()
          && Arrays.stream(rendering.type().getRecordComponents())
              .anyMatch(component -> component.getType() == UserId.class);
      return new Binding(rendering, loggers.apply(rendering.loggerName()), namesUser);
    }
  }
}
