package com.tailorjob.adapters.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * {@code %safeMsg}: the message of a text line, kept on that line. TailorJob's own lines escape
 * each value as they render; any other message (a library's, which may quote a hostile file or
 * a request) has its line breaks, controls and bidi characters escaped here, so that no message
 * can start a line that passes for another event.
 */
@Plugin(name = "LineSafeMessageConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"safeMsg"})
public final class LineSafeMessageConverter extends LogEventPatternConverter {

  private static final LineSafeMessageConverter INSTANCE = new LineSafeMessageConverter();

  private LineSafeMessageConverter() {
    super("safeMsg", "safeMsg");
  }

  /** Called by log4j for each pattern that names the converter; it takes no options. */
  public static LineSafeMessageConverter newInstance(String[] options) {
    return INSTANCE;
  }

  @Override
  public void format(LogEvent event, StringBuilder line) {
    Message message = event.getMessage();
    if (message instanceof EventMessage own) {
      own.formatTo(line);
      return;
    }

    int start = line.length();
    if (message instanceof StringBuilderFormattable formattable) {
      formattable.formatTo(line);
    } else {
      line.append(message.getFormattedMessage());
    }
    FieldText.escapeHidden(line, start);
  }
}
