package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.Observability;
import com.tailorjob.domain.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every emitted event, in order, for assertions. */
public final class RecordingObservability implements Observability {

  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void emit(DomainEvent event) {
    events.add(event);
  }

  public List<DomainEvent> events() {
    return List.copyOf(events);
  }

  public List<String> names() {
    return events.stream().map(DomainEvent::name).toList();
  }

  public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public void clear() {
    events.clear();
  }
}
