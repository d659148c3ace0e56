package com.tailorjob.adapters.logging;

import com.tailorjob.domain.event.DomainEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.logging.log4j.Level;

/**
 * How one event type looks in the log: its logger, its level, the emoji and words that open
 * the line, which fields follow in which order, and the exception it carries, if any.
 */
record EventRendering<E extends DomainEvent>(
    Class<E> type, String loggerName, Level level, String headline,
    BiConsumer<E, EventFields> fields, Function<E, Optional<Throwable>> cause) {

  EventRendering {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(loggerName, "loggerName");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(cause, "cause");
  }

  /** A rendering of an event that carries no exception. */
  EventRendering(Class<E> type, String loggerName, Level level, String headline,
      BiConsumer<E, EventFields> fields) {
    this(type, loggerName, level, headline, fields, event -> Optional.empty());
  }

  void fill(DomainEvent event, EventFields into) {
    fields.accept(type.cast(event), into);
  }

  Optional<Throwable> causeOf(DomainEvent event) {
    return cause.apply(type.cast(event));
  }
}
