package com.tailorjob.adapters.http;

import com.tailorjob.domain.match.UsageSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The caller's analyses, tokens and cost in total, per UTC day and per matcher and model. */
record UsageJson(Totals total, List<Day> byDay, List<Model> byModel) {

  static UsageJson of(UsageSummary summary) {
    return new UsageJson(Totals.of(summary.total()),
        summary.byDay().stream().map(Day::of).toList(),
        summary.byModel().stream().map(Model::of).toList());
  }

  record Totals(long analyses, long inputTokens, long outputTokens, BigDecimal costUsd) {
    static Totals of(UsageSummary.Totals totals) {
      return new Totals(totals.analyses(), totals.inputTokens(), totals.outputTokens(),
          UsdAmounts.rounded(totals.costUsd()));
    }
  }

  /** One UTC day's totals, written flat beside the day. */
  record Day(
      LocalDate day, long analyses, long inputTokens, long outputTokens, BigDecimal costUsd) {
    static Day of(UsageSummary.DayTotals day) {
      Totals totals = Totals.of(day.totals());
      return new Day(day.day(), totals.analyses(), totals.inputTokens(), totals.outputTokens(),
          totals.costUsd());
    }
  }

  /** One matcher and model's totals, written flat beside them. */
  record Model(
      String version, String model, long analyses, long inputTokens, long outputTokens,
      BigDecimal costUsd) {
    static Model of(UsageSummary.ModelTotals model) {
      Totals totals = Totals.of(model.totals());
      return new Model(model.version().label(), model.model(), totals.analyses(),
          totals.inputTokens(), totals.outputTokens(), totals.costUsd());
    }
  }
}
