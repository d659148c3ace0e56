package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.UsageRecord;
import com.tailorjob.domain.match.UsageSummary;
import com.tailorjob.domain.match.UsageSummary.DayTotals;
import com.tailorjob.domain.match.UsageSummary.ModelTotals;
import com.tailorjob.domain.match.UsageSummary.Totals;
import com.tailorjob.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Analyses in the append-only {@code usage_ledger} table. Costs are PostgreSQL numerics, so every
 * sum is exact; summaries are grouped by the database, not in memory.
 */
public final class JdbiUsageLedger implements UsageLedger {

  private static final String TOTALS = """
      count(*) AS analyses,
      COALESCE(sum(input_tokens), 0) AS input_tokens,
      COALESCE(sum(output_tokens), 0) AS output_tokens,
      COALESCE(sum(cost_usd), 0) AS cost_usd""";

  private static final String TOTAL = """
      SELECT %s
      FROM usage_ledger WHERE user_id = :user""".formatted(TOTALS);

  /** Days are UTC calendar days, whatever the time zone of the server or the JVM. */
  private static final String BY_DAY = """
      SELECT CAST(date_trunc('day', recorded_at AT TIME ZONE 'UTC') AS date) AS day, %s
      FROM usage_ledger WHERE user_id = :user
      GROUP BY day ORDER BY day DESC""".formatted(TOTALS);

  private static final String BY_MODEL = """
      SELECT matcher_version, model, %s
      FROM usage_ledger WHERE user_id = :user
      GROUP BY matcher_version, model ORDER BY matcher_version, model""".formatted(TOTALS);

  private final Jdbi jdbi;

  public JdbiUsageLedger(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void record(UsageRecord usage) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO usage_ledger (user_id, cv_id, job_id, matcher_version, model,
                input_tokens, output_tokens, cost_usd, recorded_at)
            VALUES (:user, :cv, :job, :version, :model, :inputTokens, :outputTokens, :cost,
                :recordedAt)""")
        .bind("user", usage.user().value())
        .bind("cv", usage.cv().value())
        .bind("job", usage.job().value())
        .bind("version", usage.version().label())
        .bind("model", usage.model())
        .bind("inputTokens", usage.usage().inputTokens())
        .bind("outputTokens", usage.usage().outputTokens())
        .bind("cost", usage.usage().costUsd())
        .bind("recordedAt", Timestamps.utc(usage.at()))
        .execute());
  }

  /** One snapshot for all three queries, so the total always equals the sum of its parts. */
  @Override
  public UsageSummary summarize(UserId user) {
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle ->
        new UsageSummary(total(handle, user), byDay(handle, user), byModel(handle, user)));
  }

  private static Totals total(Handle handle, UserId user) {
    return handle.createQuery(TOTAL)
        .bind("user", user.value())
        .map((rs, ctx) -> totalsOf(rs))
        .one();
  }

  private static List<DayTotals> byDay(Handle handle, UserId user) {
    return handle.createQuery(BY_DAY)
        .bind("user", user.value())
        .map((rs, ctx) -> new DayTotals(rs.getObject("day", LocalDate.class), totalsOf(rs)))
        .list();
  }

  private static List<ModelTotals> byModel(Handle handle, UserId user) {
    return handle.createQuery(BY_MODEL)
        .bind("user", user.value())
        .map((rs, ctx) -> new ModelTotals(
            MatcherVersion.fromLabel(rs.getString("matcher_version")),
            rs.getString("model"),
            totalsOf(rs)))
        .list();
  }

  private static Totals totalsOf(ResultSet rs) throws SQLException {
    return new Totals(
        rs.getLong("analyses"),
        rs.getLong("input_tokens"),
        rs.getLong("output_tokens"),
        rs.getBigDecimal("cost_usd"));
  }
}
