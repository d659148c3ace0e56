package com.tailorjob.domain.retention;

/**
 * How many records of each kind one pruning removed, and how many orphaned files it swept from
 * storage: files whose upload never got recorded or whose CV was deleted, left behind by a
 * process that died or a storage delete that failed.
 */
public record PrunedRecords(
    int sessions, int loginFailures, int matchResults, int parseJobs, int orphanedFiles) {

  public PrunedRecords {
    if (sessions < 0 || loginFailures < 0 || matchResults < 0 || parseJobs < 0
        || orphanedFiles < 0) {
      throw new IllegalArgumentException("pruned counts cannot be negative");
    }
  }

  public int total() {
    return sessions + loginFailures + matchResults + parseJobs + orphanedFiles;
  }
}
