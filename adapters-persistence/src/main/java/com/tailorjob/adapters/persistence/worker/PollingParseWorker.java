package com.tailorjob.adapters.persistence.worker;

import com.tailorjob.application.support.Failures;
import com.tailorjob.application.worker.ParseWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link ParseWorker} on its own threads, each polling the queue until closed. It never
 * dies of a failed poll: the worker reports and counts a database outage during a lease, and
 * when a run of failures makes it ask for a pause, every thread pauses. A job cut short by a
 * hard kill is not lost either; it comes back when its lease runs out.
 */
public final class PollingParseWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PollingParseWorker.class);

  /**
   * The most {@link #close()} waits for interrupted threads to hand their jobs back. That is a
   * statement or two; the cap keeps a thread that ignores its interrupt from holding up the
   * shutdown, which closes the connection pool next.
   */
  private static final Duration MAX_WAIT_AFTER_INTERRUPT = Duration.ofSeconds(5);

  private final ParseWorker worker;
  private final int threadCount;
  private final Duration pollInterval;
  private final Duration shutdownGrace;
  private final List<Thread> threads = new ArrayList<>();
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private final AtomicInteger failedPolls = new AtomicInteger();
  /** The {@link System#nanoTime()} until which every thread holds off polling. */
  private final AtomicLong pausedUntil = new AtomicLong(System.nanoTime());
  private boolean started;
  private boolean closed;

  /**
   * @param threads how many jobs this process works on at once
   * @param pollInterval how long an idle thread waits before asking the queue again
   * @param shutdownGrace how long {@link #close()} waits for jobs in progress to finish
   */
  public PollingParseWorker(
      ParseWorker worker, int threads, Duration pollInterval, Duration shutdownGrace) {
    this.worker = Objects.requireNonNull(worker, "worker");
    this.pollInterval = positive(pollInterval, "pollInterval");
    this.shutdownGrace = positive(shutdownGrace, "shutdownGrace");
    if (threads < 1) {
      throw new IllegalArgumentException("a parse worker needs at least one thread");
    }
    this.threadCount = threads;
  }

  /** Starts the polling threads, named {@code parse-worker-1} onwards. */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("the parse worker has already been started");
    }
    started = true;
    worker.started();

    for (int n = 1; n <= threadCount; n++) {
      Thread thread = new Thread(this::pollUntilStopped, "parse-worker-" + n);
      thread.setDaemon(false);
      thread.setUncaughtExceptionHandler(PollingParseWorker::threadDied);
      threads.add(thread);
      thread.start();
    }
  }

  /**
   * Stops taking jobs, waits up to the grace period for those in progress, then reports the
   * worker stopped. A thread still busy after the grace is interrupted, and given a little longer
   * (the grace again, at most five seconds) to hand its job back to the queue uncounted; a job
   * whose thread ignores the interrupt comes back when its lease runs out.
   */
  @Override
  public synchronized void close() {
    if (!started || closed) {
      return;
    }
    closed = true;
    stopSignal.countDown();

    List<Thread> busy = awaitThreads(threads, shutdownGrace);
    if (!busy.isEmpty()) {
      LOG.warn("Parse worker threads still busy after the shutdown grace, interrupting them:"
          + " worker={}, threads={}, grace={}ms", worker.workerId(), busy.size(),
          shutdownGrace.toMillis());
      busy.forEach(Thread::interrupt);
      awaitInterrupted(busy);
    }
    worker.stopped();
  }

  private void awaitInterrupted(List<Thread> interrupted) {
    Duration wait = shutdownGrace.compareTo(MAX_WAIT_AFTER_INTERRUPT) < 0
        ? shutdownGrace
        : MAX_WAIT_AFTER_INTERRUPT;
    List<Thread> stuck = awaitThreads(interrupted, wait);
    if (!stuck.isEmpty()) {
      LOG.warn("Parse worker threads ignore their interrupt, leaving their jobs to come back"
          + " when the leases run out: worker={}, threads={}", worker.workerId(), stuck.size());
    }
  }

  private void pollUntilStopped() {
    while (!isStopping()) {
      Duration wait = pauseLeft();
      if (wait.isZero()) {
        wait = pollOnce();
      }
      if (!wait.isZero()) {
        sleep(wait);
      }
    }
  }

  private Duration pollOnce() {
    try {
      ParseWorker.Poll poll = worker.processNext();
      pollSucceeded();
      return switch (poll) {
        case PROCESSED -> Duration.ZERO;
        case IDLE -> pollInterval;
        case PAUSE -> pauseEveryThread();
      };
    } catch (RuntimeException | Error e) {
      if (!Failures.survivable(e)) {
        throw e;
      }
      pollFailed(e);
      return pollInterval;
    }
  }

  /**
   * The worker reports failed jobs and leases itself, errors such as an OutOfMemoryError
   * included; what gets here is unexpected, such as a bug or an error while a failure was being
   * recorded. The thread polls on, so the pool keeps its size. Only the first of a run of
   * failures is logged, so it does not flood the log.
   */
  private void pollFailed(Throwable failure) {
    if (failedPolls.getAndIncrement() == 0) {
      LOG.warn("Parse worker could not poll the queue, retrying every {}ms: worker={}",
          pollInterval.toMillis(), worker.workerId(), failure);
    }
  }

  private void pollSucceeded() {
    int failures = failedPolls.getAndSet(0);
    if (failures > 0) {
      LOG.info("Parse worker polls the queue again: worker={}, failed_polls={}",
          worker.workerId(), failures);
    }
  }

  /**
   * A run of failures means the database or storage behind every thread is failing, so the pause
   * holds all of them, not only the one that counted the last failure.
   */
  private Duration pauseEveryThread() {
    Duration pause = worker.policy().unhealthyPause();
    long until = System.nanoTime() + pause.toNanos();
    pausedUntil.accumulateAndGet(until, (current, next) -> next - current > 0 ? next : current);
    return pause;
  }

  private Duration pauseLeft() {
    long left = pausedUntil.get() - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /**
   * Only an error that says the JVM itself is broken gets here; the thread is gone, and
   * operators must know the pool shrank.
   */
  private static void threadDied(Thread thread, Throwable error) {
    LOG.error("Parse worker thread died: thread={}", thread.getName(), error);
  }

  /** Waits out the pause, returning early when the worker is closed. */
  private void sleep(Duration wait) {
    try {
      stopSignal.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean isStopping() {
    return stopSignal.getCount() == 0 || Thread.currentThread().isInterrupted();
  }

  /** Waits up to {@code wait} in all for the threads to end, and returns those still alive. */
  private static List<Thread> awaitThreads(List<Thread> threads, Duration wait) {
    long deadlineNanos = System.nanoTime() + wait.toNanos();
    for (Thread thread : threads) {
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        break;
      }
      try {
        thread.join(TimeUnit.NANOSECONDS.toMillis(remaining) + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return threads.stream().filter(Thread::isAlive).toList();
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return duration;
  }
}
