package com.tailorjob.domain.retention;

/** How many records of each kind one pruning removed. */
public record PrunedRecords(int sessions, int loginFailures, int matchResults, int parseJobs) {

  public PrunedRecords {
    if (sessions < 0 || loginFailures < 0 || matchResults < 0 || parseJobs < 0) {
      throw new IllegalArgumentException("pruned counts cannot be negative");
    }
  }

  public int total() {
    return sessions + loginFailures + matchResults + parseJobs;
  }
}
