package com.tailorjob.application.port.out;

import com.tailorjob.domain.match.UsageRecord;
import com.tailorjob.domain.match.UsageSummary;
import com.tailorjob.domain.user.UserId;

/** Every match analysis with its tokens and cost, for users' totals and operators' bills. */
public interface UsageLedger {

  void record(UsageRecord usage);

  /** The user's totals overall, per UTC day (newest first) and per model. */
  UsageSummary summarize(UserId user);
}
