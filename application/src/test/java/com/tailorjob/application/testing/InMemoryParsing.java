package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.NotificationRepository;
import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.notification.Notification;
import com.tailorjob.domain.notification.NotificationId;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A parse queue, parse results and notifications in memory, sharing one lock. */
public final class InMemoryParsing {

  private final List<Entry> queue = new ArrayList<>();
  private final Map<CvId, String> statuses = new HashMap<>();
  private final Map<CvId, ParsedCv> parsed = new HashMap<>();
  private final Map<CvId, String> failures = new HashMap<>();
  private final List<Notification> notifications = new ArrayList<>();
  private long nextId;
  private boolean failLeases;
  private Supplier<RuntimeException> resultReadFailure;

  /** Every read of a parse result fails from now on. */
  public synchronized void failResultReads(Supplier<RuntimeException> failure) {
    resultReadFailure = failure;
  }

  public synchronized void enqueue(ParseRequest request, Instant availableAt) {
    queue.add(new Entry(++nextId, request, availableAt));
    statuses.put(request.cv(), "uploaded");
  }

  /** Makes leases throw, as when the database is down. */
  public synchronized void failLeases(boolean fail) {
    failLeases = fail;
  }

  public synchronized Optional<String> status(CvId cv) {
    return Optional.ofNullable(statuses.get(cv));
  }

  public synchronized Optional<String> queueState(CvId cv) {
    return queue.stream().filter(e -> e.request.cv().equals(cv)).map(e -> e.state).findFirst();
  }

  public synchronized List<Notification> notifications() {
    return List.copyOf(notifications);
  }

  public ParseQueue queue() {
    return new ParseQueue() {
      @Override
      public String name() {
        return "cv_parse_queue";
      }

      @Override
      public Optional<ParseJob> lease(String workerId, Duration leaseTime, Instant now) {
        synchronized (InMemoryParsing.this) {
          if (failLeases) {
            throw new IllegalStateException("injected lease failure");
          }
          Optional<Entry> next = queue.stream()
              .filter(e -> e.isAvailable(now))
              .min(Comparator.comparing((Entry e) -> e.availableAt).thenComparing(e -> e.id));
          next.ifPresent(e -> {
            e.state = "leased";
            e.attempts++;
            e.leasedUntil = now.plus(leaseTime);
          });
          return next.map(e -> new ParseJob(e.id, e.request, e.attempts, workerId));
        }
      }

      @Override
      public void complete(ParseJob job) {
        update(job, "done", null);
      }

      @Override
      public void retry(ParseJob job, Instant availableAt, String error) {
        update(job, "queued", availableAt);
      }

      @Override
      public void deadLetter(ParseJob job, String error) {
        update(job, "dead", null);
      }

      @Override
      public void release(ParseJob job) {
        synchronized (InMemoryParsing.this) {
          find(job).ifPresent(e -> {
            e.state = "queued";
            e.attempts--;
          });
        }
      }
    };
  }

  public CvParseResults results() {
    return new CvParseResults() {
      @Override
      public boolean markParsing(CvId cv) {
        synchronized (InMemoryParsing.this) {
          if (!statuses.containsKey(cv) || "parsed".equals(statuses.get(cv))) {
            return false;
          }
          statuses.put(cv, "parsing");
          return true;
        }
      }

      @Override
      public void recordParsed(CvId cv, ParsedCv result) {
        synchronized (InMemoryParsing.this) {
          statuses.put(cv, "parsed");
          parsed.put(cv, result);
        }
      }

      @Override
      public void recordFailed(CvId cv, String reason) {
        synchronized (InMemoryParsing.this) {
          if (!"parsed".equals(statuses.get(cv))) {
            statuses.put(cv, "failed");
            failures.put(cv, reason);
          }
        }
      }

      @Override
      public Optional<ParsedCv> findParsed(CvId cv) {
        synchronized (InMemoryParsing.this) {
          if (resultReadFailure != null) {
            throw resultReadFailure.get();
          }
          return Optional.ofNullable(parsed.get(cv));
        }
      }

      @Override
      public Optional<String> failureReason(CvId cv) {
        synchronized (InMemoryParsing.this) {
          return Optional.ofNullable(failures.get(cv));
        }
      }
    };
  }

  public NotificationRepository notificationRepository() {
    return new NotificationRepository() {
      @Override
      public void add(Notification notification) {
        synchronized (InMemoryParsing.this) {
          notifications.add(notification);
        }
      }

      @Override
      public List<Notification> listFor(UserId recipient) {
        synchronized (InMemoryParsing.this) {
          return notifications.stream()
              .filter(n -> n.recipient().equals(recipient))
              .sorted(Comparator.comparing(Notification::isRead)
                  .thenComparing(Notification::createdAt, Comparator.reverseOrder()))
              .toList();
        }
      }

      @Override
      public boolean markRead(UserId recipient, NotificationId id, Instant at) {
        synchronized (InMemoryParsing.this) {
          for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            if (n.id().equals(id) && n.recipient().equals(recipient)) {
              notifications.set(i, new Notification(n.id(), n.recipient(), n.cv(), n.kind(),
                  n.message(), n.createdAt(), Optional.of(at)));
              return true;
            }
          }
          return false;
        }
      }
    };
  }

  private void update(ParseQueue.ParseJob job, String state, Instant availableAt) {
    synchronized (this) {
      find(job).ifPresent(e -> {
        e.state = state;
        if (availableAt != null) {
          e.availableAt = availableAt;
        }
      });
    }
  }

  private Optional<Entry> find(ParseQueue.ParseJob job) {
    return queue.stream().filter(e -> e.id == job.id()).findFirst();
  }

  private static final class Entry {
    private final long id;
    private final ParseRequest request;
    private Instant availableAt;
    private Instant leasedUntil = Instant.MIN;
    private String state = "queued";
    private int attempts;

    Entry(long id, ParseRequest request, Instant availableAt) {
      this.id = id;
      this.request = request;
      this.availableAt = availableAt;
    }

    boolean isAvailable(Instant now) {
      boolean queued = state.equals("queued") && !availableAt.isAfter(now);
      boolean leaseExpired = state.equals("leased") && leasedUntil.isBefore(now);
      return queued || leaseExpired;
    }
  }
}
