package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.cv;
import static com.tailorjob.adapters.persistence.jdbi.Samples.job;
import static com.tailorjob.adapters.persistence.jdbi.Samples.recordUpload;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.match.UsageRecord;
import com.tailorjob.domain.match.UsageSummary;
import com.tailorjob.domain.match.UsageSummary.DayTotals;
import com.tailorjob.domain.match.UsageSummary.ModelTotals;
import com.tailorjob.domain.match.UsageSummary.Totals;
import com.tailorjob.domain.user.UserId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiUsageLedgerTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");
  private static final CvId CV = new CvId("cv-1");
  private static final JobId JOB = new JobId("job-1");
  private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-03-01T23:59:59.999999Z");
  private static final Instant AFTER_MIDNIGHT = Instant.parse("2026-03-02T00:00:00Z");
  private static final String AI_MODEL = "gpt-4o-mini";

  private Jdbi jdbi;
  private JdbiUsageLedger ledger;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    ledger = new JdbiUsageLedger(jdbi);
    JdbiUserRepository users = new JdbiUserRepository(jdbi);
    users.add(user(ALICE.value()));
    users.add(user(BOB.value()));
  }

  @Test
  void sums_tokens_and_costs_exactly() {
    ledger.record(ai(ALICE, 1000, 247, "0.000123", BEFORE_MIDNIGHT));
    ledger.record(ai(ALICE, 2000, 500, "0.0062", BEFORE_MIDNIGHT));

    UsageSummary summary = ledger.summarize(ALICE);

    assertThat(summary.total()).isEqualTo(totals(2, 3000, 747, "0.006323"));
  }

  @Test
  void sums_many_small_costs_without_drift() {
    for (int i = 0; i < 10; i++) {
      ledger.record(ai(ALICE, 1, 1, "0.1", BEFORE_MIDNIGHT));
    }

    UsageSummary summary = ledger.summarize(ALICE);

    assertThat(summary.total().costUsd()).isEqualByComparingTo("1");
  }

  @Test
  void keeps_costs_to_the_micro_dollar() {
    ledger.record(ai(ALICE, 1247, 0, "0.00018705", BEFORE_MIDNIGHT));

    UsageSummary summary = ledger.summarize(ALICE);

    assertThat(summary.total().costUsd()).isEqualTo(new BigDecimal("0.000187"));
  }

  /** In the session's zone, fourteen hours ahead, all three fall on the same day. */
  @Test
  void splits_days_at_utc_midnight_newest_first() {
    ledger.record(ai(ALICE, 100, 10, "0.001", BEFORE_MIDNIGHT));
    ledger.record(ai(ALICE, 200, 20, "0.002", AFTER_MIDNIGHT));
    ledger.record(ai(ALICE, 300, 30, "0.003", AFTER_MIDNIGHT.plusSeconds(3600)));

    UsageSummary summary = ledgerInSessionZone("Pacific/Kiritimati").summarize(ALICE);

    assertThat(summary.byDay()).containsExactly(
        new DayTotals(LocalDate.parse("2026-03-02"), totals(2, 500, 50, "0.005000")),
        new DayTotals(LocalDate.parse("2026-03-01"), totals(1, 100, 10, "0.001000")));
  }

  @Test
  void groups_by_matcher_version_and_model() {
    ledger.record(ai(ALICE, 1000, 200, "0.0050", BEFORE_MIDNIGHT));
    ledger.record(ai(ALICE, 500, 100, "0.0025", AFTER_MIDNIGHT));
    ledger.record(local(ALICE, AFTER_MIDNIGHT));
    ledger.record(new UsageRecord(ALICE, CV, JOB, MatcherVersion.V5_1, "gpt-4o",
        new TokenUsage(10, 10, new BigDecimal("0.01")), AFTER_MIDNIGHT));

    UsageSummary summary = ledger.summarize(ALICE);

    assertThat(summary.byModel()).containsExactly(
        new ModelTotals(MatcherVersion.V3_0, "keywords", totals(1, 0, 0, "0.000000")),
        new ModelTotals(MatcherVersion.V5_1, "gpt-4o", totals(1, 10, 10, "0.010000")),
        new ModelTotals(MatcherVersion.V5_1, AI_MODEL, totals(2, 1500, 300, "0.007500")));
  }

  @Test
  void summarizes_only_the_users_own_analyses() {
    ledger.record(ai(ALICE, 1000, 200, "0.0050", BEFORE_MIDNIGHT));
    ledger.record(ai(BOB, 9000, 900, "0.0900", BEFORE_MIDNIGHT));

    UsageSummary summary = ledger.summarize(ALICE);

    assertThat(summary.total()).isEqualTo(totals(1, 1000, 200, "0.005000"));
    assertThat(summary.byModel()).singleElement()
        .extracting(ModelTotals::totals).isEqualTo(totals(1, 1000, 200, "0.005000"));
  }

  @Test
  void summarizes_a_user_without_analyses_as_zero() {
    ledger.record(ai(BOB, 9000, 900, "0.0900", BEFORE_MIDNIGHT));

    UsageSummary summary = ledger.summarize(ALICE);

    assertThat(summary.total()).isEqualTo(new Totals(0, 0, 0, BigDecimal.ZERO));
    assertThat(summary.byDay()).isEmpty();
    assertThat(summary.byModel()).isEmpty();
  }

  @Test
  void outlives_the_cv_and_the_job_it_names() {
    Cv cv = cv(CV.value(), ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");
    JobPosting job = job(JOB.value(), ALICE);
    new JdbiJobRepository(jdbi).add(job);
    ledger.record(ai(ALICE, 1000, 200, "0.0050", BEFORE_MIDNIGHT));

    new JdbiCvRepository(jdbi).delete(ALICE, cv.id(), BEFORE_MIDNIGHT);
    new JdbiJobRepository(jdbi).delete(ALICE, job.id());

    assertThat(ledger.summarize(ALICE).total()).isEqualTo(totals(1, 1000, 200, "0.005000"));
  }

  /** Fresh connections whose session time zone is not UTC; the pool's stay untouched. */
  private static JdbiUsageLedger ledgerInSessionZone(String zone) {
    String url = POSTGRES.database().jdbcUrl();
    Jdbi zoned = Jdbi.create(() -> {
      Connection connection = DriverManager.getConnection(url);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET TIME ZONE '" + zone + "'");
      }
      return connection;
    }).installPlugin(new PostgresPlugin());
    return new JdbiUsageLedger(zoned);
  }

  private static UsageRecord ai(UserId user, long in, long out, String cost, Instant at) {
    return new UsageRecord(user, CV, JOB, MatcherVersion.V5_1, AI_MODEL,
        new TokenUsage(in, out, new BigDecimal(cost)), at);
  }

  private static UsageRecord local(UserId user, Instant at) {
    return new UsageRecord(user, CV, JOB, MatcherVersion.V3_0, "keywords", TokenUsage.none(), at);
  }

  private static Totals totals(long analyses, long in, long out, String cost) {
    return new Totals(analyses, in, out, new BigDecimal(cost));
  }
}
