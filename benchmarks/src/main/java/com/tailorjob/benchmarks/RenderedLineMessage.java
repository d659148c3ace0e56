package com.tailorjob.benchmarks;

import org.apache.logging.log4j.message.MapMessage;

/**
 * What a caller of raw log4j2 would build to write the adapter's exact lines: a map message of
 * the typed fields whose formatted text is the already rendered human line.
 */
final class RenderedLineMessage extends MapMessage<RenderedLineMessage, Object> {

  private static final long serialVersionUID = 1L;

  private final String line;

  RenderedLineMessage(String line) {
    super(8);
    this.line = line;
  }

  @Override
  public String getFormattedMessage() {
    return line;
  }

  @Override
  public void formatTo(StringBuilder buffer) {
    buffer.append(line);
  }
}
