package com.tailorjob.adapters.logging;

import com.tailorjob.application.port.out.Observability;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Starts the service's logging: asynchronous log4j2 loggers on the LMAX Disruptor, JSON lines
 * to a file and text lines to standard output, configured from {@link LoggingSettings}. Call
 * {@link #start} before anything logs, and close the handle last on the way out: closing
 * drains the ring buffer to the files, and log4j's own shutdown hook is off so that it cannot
 * stop logging while the service still shuts down.
 *
 * <p>The queue-full policy is {@code Discard} with threshold {@code INFO}: when the ring buffer
 * is full, INFO and less severe events are dropped (log4j counts them on its status logger)
 * and WARN and ERROR events wait for a free slot, so none of them is ever lost.
 */
public final class TailorJobLogging implements AutoCloseable {

  /** The configuration on the classpath; its name keeps log4j from picking it up by itself. */
  public static final String CONFIGURATION = "tailorjob-log4j2.xml";

  private static final long STOP_TIMEOUT_SECONDS = 30;

  private final LoggerContext context;
  private final Log4jObservability observability;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TailorJobLogging(LoggerContext context, Log4jObservability observability) {
    this.context = context;
    this.observability = observability;
  }

  /** Configures and starts log4j; must run before the first logger is created. */
  public static TailorJobLogging start(LoggingSettings settings) {
    Objects.requireNonNull(settings, "settings");
    LogSystemProperties.apply(settings);

    LoggerContext context = LoggerContext.getContext(false);
    if (!(context instanceof AsyncLoggerContext)) {
      StatusLogger.getLogger().warn("log4j started before TailorJobLogging.start; loggers stay"
          + " synchronous until the next start of the JVM");
    }

    return new TailorJobLogging(context, new Log4jObservability(settings.filenamePolicy()));
  }

  /** The observability port, rendering events into this logging set-up. */
  public Observability observability() {
    return observability;
  }

  /** Writes out every queued event and stops log4j; later calls do nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      Configurator.shutdown(context, STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
  }
}
