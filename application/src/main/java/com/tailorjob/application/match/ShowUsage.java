package com.tailorjob.application.match;

import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.domain.match.UsageSummary;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;

/** A user's match analyses, tokens and cost, by day and by model. */
public final class ShowUsage {

  private final UsageLedger ledger;

  @Inject
  public ShowUsage(UsageLedger ledger) {
    this.ledger = ledger;
  }

  public UsageSummary of(UserId user) {
    return ledger.summarize(user);
  }
}
