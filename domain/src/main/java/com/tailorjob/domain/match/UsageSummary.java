package com.tailorjob.domain.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A user's analyses, tokens and cost: in total, per day (UTC) and per model. */
public record UsageSummary(Totals total, List<DayTotals> byDay, List<ModelTotals> byModel) {

  public UsageSummary {
    Objects.requireNonNull(total, "total");
    byDay = List.copyOf(byDay);
    byModel = List.copyOf(byModel);
  }

  public record Totals(long analyses, long inputTokens, long outputTokens, BigDecimal costUsd) {
    public Totals {
      Objects.requireNonNull(costUsd, "costUsd");
    }
  }

  public record DayTotals(LocalDate day, Totals totals) {}

  public record ModelTotals(MatcherVersion version, String model, Totals totals) {}
}
