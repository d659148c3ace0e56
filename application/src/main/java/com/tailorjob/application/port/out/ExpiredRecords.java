package com.tailorjob.application.port.out;

import java.time.Instant;

/**
 * Deletes records that have outlived their use. Each call is one short statement that may run
 * on several nodes at once: deleting what another node already deleted is not an error.
 */
public interface ExpiredRecords {

  /** Sessions that expired or were revoked before the instant; returns how many. */
  int deleteSessionsEndedBefore(Instant instant);

  /** Failed logins recorded before the instant; returns how many. */
  int deleteLoginFailuresBefore(Instant instant);

  /** Cached match results that expire at or before the instant; returns how many. */
  int deleteMatchResultsExpiredBy(Instant instant);

  /** Parse jobs done or dead-lettered before the instant; returns how many. */
  int deleteParseJobsFinishedBefore(Instant instant);
}
