package com.tailorjob.adapters.ai.extraction;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time limit of one extraction on the thread that runs it: when the time is up, that thread
 * is interrupted, and the readers stop at their next check (each PDF operator and page, every
 * few hundred DOCX tokens, every write of text).
 *
 * <p>The interrupt is delivered and cleared under this object's lock, so an alarm that goes off
 * just as the reading ends can never leave the thread interrupted once {@link #finish} returns.
 */
final class ReadingDeadline {

  private final Thread reader;
  private ScheduledFuture<?> alarm;
  private boolean finished;
  private boolean expired;

  private ReadingDeadline(Thread reader) {
    this.reader = reader;
  }

  /** Starts the clock for the calling thread. */
  static ReadingDeadline start(ScheduledExecutorService timer, Duration timeout) {
    ReadingDeadline deadline = new ReadingDeadline(Thread.currentThread());
    deadline.alarm = timer.schedule(deadline::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    return deadline;
  }

  private synchronized void expire() {
    if (!finished) {
      expired = true;
      reader.interrupt();
    }
  }

  /**
   * Stops the clock; call it on the reading thread. True when the time ran out, in which case
   * the interrupt this deadline sent is cleared again.
   */
  synchronized boolean finish() {
    if (!finished) {
      finished = true;
      alarm.cancel(false);
      if (expired) {
        Thread.interrupted();
      }
    }
    return expired;
  }
}
