package com.tailorjob.adapters.logging;

import com.tailorjob.domain.event.DomainEvent;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.message.AsynchronouslyFormattable;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.TimestampMessage;
import org.apache.logging.log4j.util.BiConsumer;
import org.apache.logging.log4j.util.IndexedReadOnlyStringMap;
import org.apache.logging.log4j.util.TriConsumer;

/**
 * One domain event on its way through log4j. The caller hands over only the immutable event,
 * the time and the context user; the human line and the typed map entries are rendered on
 * first use, which for async loggers is on log4j's background thread.
 *
 * <p>Every method that reads the line or the entries renders first, so any layout sees the
 * complete message. Rendering happens once, under this message's lock, in case two appenders
 * on different threads read the same message.
 */
@AsynchronouslyFormattable
final class EventMessage extends MapMessage<EventMessage, Object> implements TimestampMessage {

  private static final long serialVersionUID = 2L;

  private final transient DomainEvent event;
  private final transient EventRendering<?> rendering;
  private final transient FilenamePolicy filenames;
  private final transient Optional<String> contextUser;
  private final long timestamp;
  private volatile String text;

  EventMessage(DomainEvent event, EventRendering<?> rendering, FilenamePolicy filenames,
      Optional<String> contextUser, long timestamp) {
    // Most events have four to eight fields; the map grows if one has more.
    super(8);
    this.event = event;
    this.rendering = rendering;
    this.filenames = filenames;
    this.contextUser = contextUser;
    this.timestamp = timestamp;
  }

  /** The moment of the event, taken once on the caller's thread; log4j uses it as well. */
  @Override
  public long getTimestamp() {
    return timestamp;
  }

  @Override
  public String getFormattedMessage() {
    return text();
  }

  @Override
  public String getFormattedMessage(String[] formats) {
    return text();
  }

  @Override
  public void formatTo(StringBuilder buffer) {
    buffer.append(text());
  }

  @Override
  public void formatTo(String[] formats, StringBuilder buffer) {
    buffer.append(text());
  }

  @Override
  public String asString() {
    return text();
  }

  @Override
  public String asString(String format) {
    text();
    return super.asString(format);
  }

  @Override
  public void asXml(StringBuilder buffer) {
    text();
    super.asXml(buffer);
  }

  @Override
  public IndexedReadOnlyStringMap getIndexedReadOnlyStringMap() {
    text();
    return super.getIndexedReadOnlyStringMap();
  }

  @Override
  public Map<String, Object> getData() {
    text();
    return super.getData();
  }

  @Override
  public <V> void forEach(BiConsumer<String, ? super V> action) {
    text();
    super.forEach(action);
  }

  @Override
  public <V, S> void forEach(TriConsumer<String, ? super V, S> action, S state) {
    text();
    super.forEach(action, state);
  }

  @Override
  public String get(String key) {
    text();
    return super.get(key);
  }

  @Override
  public boolean containsKey(String key) {
    text();
    return super.containsKey(key);
  }

  @Override
  public Object[] getParameters() {
    text();
    return super.getParameters();
  }

  @Override
  public String toString() {
    return text();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventMessage that && text().equals(that.text()) && super.equals(that);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + text().hashCode();
  }

  private String text() {
    String rendered = text;
    return rendered != null ? rendered : render();
  }

  private synchronized String render() {
    if (text == null) {
      EventFields fields =
          new EventFields(filenames, timestamp, rendering.headline(), event.name(), this);
      rendering.fill(event, fields);
      text = fields.finish(contextUser);
    }
    return text;
  }

  /** A serialized message carries its rendering, not the event, which is not serializable. */
  private void writeObject(ObjectOutputStream out) throws IOException {
    text();
    out.defaultWriteObject();
  }
}
