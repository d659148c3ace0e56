package com.tailorjob.domain.user;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Times of the failed logins seen inside the throttle window, newest first. */
public record RecentFailures(List<Instant> newestFirst) {

  public RecentFailures {
    newestFirst = newestFirst.stream().sorted(Comparator.reverseOrder()).toList();
  }

  public static RecentFailures none() {
    return new RecentFailures(List.of());
  }

  public int count() {
    return newestFirst.size();
  }

  /** The n-th newest failure, counting from one. */
  Instant nthNewest(int n) {
    return newestFirst.get(n - 1);
  }
}
