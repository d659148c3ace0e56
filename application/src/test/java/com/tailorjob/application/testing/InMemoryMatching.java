package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.JobRepository;
import com.tailorjob.application.port.out.MatchCache;
import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.CachedMatch;
import com.tailorjob.domain.match.MatchCacheKey;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.UsageRecord;
import com.tailorjob.domain.match.UsageSummary;
import com.tailorjob.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Jobs, a match cache and a usage ledger in memory, with switches to make reads fail. */
public final class InMemoryMatching {

  private final Map<JobId, JobPosting> jobs = new LinkedHashMap<>();
  private final Map<MatchCacheKey, CachedMatch> cache = new HashMap<>();
  private final List<UsageRecord> ledger = new ArrayList<>();
  private Supplier<RuntimeException> jobReadFailure;
  private Supplier<RuntimeException> cacheReadFailure;

  /** Every read of a job fails from now on. */
  public synchronized void failJobReads(Supplier<RuntimeException> failure) {
    jobReadFailure = failure;
  }

  /** Every read of the match cache fails from now on; writes still work. */
  public synchronized void failCacheReads(Supplier<RuntimeException> failure) {
    cacheReadFailure = failure;
  }

  public synchronized List<UsageRecord> ledgerEntries() {
    return List.copyOf(ledger);
  }

  public synchronized int cachedEntries() {
    return cache.size();
  }

  public JobRepository jobs() {
    return new JobRepository() {
      @Override
      public void add(JobPosting job) {
        synchronized (InMemoryMatching.this) {
          jobs.put(job.id(), job);
        }
      }

      @Override
      public boolean update(JobPosting job) {
        synchronized (InMemoryMatching.this) {
          if (!owned(job.owner(), job.id())) {
            return false;
          }
          jobs.put(job.id(), job);
          return true;
        }
      }

      @Override
      public Optional<JobPosting> find(UserId owner, JobId id) {
        synchronized (InMemoryMatching.this) {
          failIfSet(jobReadFailure);
          return Optional.ofNullable(jobs.get(id)).filter(job -> job.isOwnedBy(owner));
        }
      }

      @Override
      public List<JobPosting> listByOwner(UserId owner) {
        synchronized (InMemoryMatching.this) {
          return jobs.values().stream().filter(job -> job.isOwnedBy(owner))
              .sorted(Comparator.comparing(JobPosting::createdAt).reversed()).toList();
        }
      }

      @Override
      public boolean delete(UserId owner, JobId id) {
        synchronized (InMemoryMatching.this) {
          return owned(owner, id) && jobs.remove(id) != null;
        }
      }
    };
  }

  public MatchCache cache() {
    return new MatchCache() {
      @Override
      public Optional<CachedMatch> find(MatchCacheKey key, CvId cv, JobId job, Instant now) {
        synchronized (InMemoryMatching.this) {
          failIfSet(cacheReadFailure);
          return Optional.ofNullable(cache.get(key)).filter(c -> c.expiresAt().isAfter(now));
        }
      }

      @Override
      public void put(MatchCacheKey key, CvId cv, JobId job, MatchResult result,
          Instant createdAt, Instant expiresAt) {
        synchronized (InMemoryMatching.this) {
          cache.put(key, new CachedMatch(result, createdAt, expiresAt));
        }
      }
    };
  }

  public UsageLedger ledger() {
    return new UsageLedger() {
      @Override
      public void record(UsageRecord usage) {
        synchronized (InMemoryMatching.this) {
          ledger.add(usage);
        }
      }

      @Override
      public UsageSummary summarize(UserId user) {
        synchronized (InMemoryMatching.this) {
          List<UsageRecord> mine = ledger.stream().filter(r -> r.user().equals(user)).toList();
          long in = mine.stream().mapToLong(r -> r.usage().inputTokens()).sum();
          long out = mine.stream().mapToLong(r -> r.usage().outputTokens()).sum();
          BigDecimal cost = mine.stream().map(r -> r.usage().costUsd())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          return new UsageSummary(
              new UsageSummary.Totals(mine.size(), in, out, cost), List.of(), List.of());
        }
      }
    };
  }

  private boolean owned(UserId owner, JobId id) {
    JobPosting job = jobs.get(id);
    return job != null && job.isOwnedBy(owner);
  }

  private static void failIfSet(Supplier<RuntimeException> failure) {
    if (failure != null) {
      throw failure.get();
    }
  }
}
