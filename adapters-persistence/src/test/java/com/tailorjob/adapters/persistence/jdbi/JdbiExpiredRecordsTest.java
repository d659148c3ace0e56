package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.cv;
import static com.tailorjob.adapters.persistence.jdbi.Samples.recordUpload;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.application.port.out.ParseQueue.ParseJob;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import com.tailorjob.domain.user.Session;
import com.tailorjob.domain.user.TokenHash;
import com.tailorjob.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiExpiredRecordsTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");
  private static final Email ALICE_EMAIL = new Email("alice@example.com");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(8));

  private Jdbi jdbi;
  private JdbiExpiredRecords records;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    records = new JdbiExpiredRecords(jdbi);
    new JdbiUserRepository(jdbi).add(user(ALICE.value()));
  }

  @Test
  void deletes_expired_and_revoked_sessions_but_keeps_active_ones() {
    JdbiSessionRepository sessions = new JdbiSessionRepository(jdbi);
    sessions.add(Session.open(hash('1'), ALICE, NOW.minus(HOUR.multipliedBy(2)), HOUR));
    sessions.add(Session.open(hash('2'), ALICE, NOW.minus(HOUR), HOUR.multipliedBy(2)));
    sessions.revoke(hash('2'), NOW.minusSeconds(1));
    sessions.add(Session.open(hash('3'), ALICE, NOW.minus(HOUR), HOUR.multipliedBy(2)));

    int deleted = records.deleteSessionsEndedBefore(NOW);

    assertThat(deleted).isEqualTo(2);
    assertThat(column("SELECT token_hash FROM sessions")).containsExactly(hash('3').hex());
  }

  @Test
  void deletes_failed_logins_older_than_the_cutoff() {
    JdbiLoginFailureLog failures = new JdbiLoginFailureLog(jdbi);
    LoginThrottlePolicy throttle = LoginThrottlePolicy.standard();
    failures.admit(ALICE_EMAIL, "203.0.113.7", NOW.minus(Duration.ofMinutes(20)), throttle);
    failures.admit(ALICE_EMAIL, "203.0.113.7", NOW.minus(Duration.ofMinutes(5)), throttle);

    int deleted = records.deleteLoginFailuresBefore(NOW.minus(Duration.ofMinutes(15)));

    assertThat(deleted).isEqualTo(1);
    assertThat(column("SELECT failed_at::text FROM login_failures")).hasSize(1);
  }

  @Test
  void deletes_parse_jobs_finished_before_the_cutoff_whether_done_or_dead() {
    JdbiParseQueue longAgo = queueAt(LONG_AGO);
    longAgo.complete(queuedAndLeased("cv-done-long-ago", longAgo));
    longAgo.deadLetter(queuedAndLeased("cv-dead-long-ago", longAgo), "corrupt");
    JdbiParseQueue recently = queueAt(NOW.minus(HOUR));
    recently.complete(queuedAndLeased("cv-done-recently", recently));

    int deleted = records.deleteParseJobsFinishedBefore(NOW.minus(Duration.ofDays(7)));

    assertThat(deleted).isEqualTo(2);
    assertThat(column("SELECT cv_id FROM cv_parse_queue")).containsExactly("cv-done-recently");
  }

  @Test
  void keeps_parse_jobs_that_have_not_finished_however_old() {
    JdbiParseQueue longAgo = queueAt(LONG_AGO);
    queuedAndLeased("cv-leased", longAgo);
    queued("cv-waiting", LONG_AGO);

    int deleted = records.deleteParseJobsFinishedBefore(NOW);

    assertThat(deleted).isZero();
    assertThat(column("SELECT cv_id FROM cv_parse_queue ORDER BY cv_id"))
        .containsExactly("cv-leased", "cv-waiting");
  }

  private JdbiParseQueue queueAt(Instant instant) {
    return new JdbiParseQueue(jdbi, Clock.fixed(instant, ZoneOffset.UTC));
  }

  private ParseJob queuedAndLeased(String cvId, JdbiParseQueue queue) {
    queued(cvId, LONG_AGO);
    return queue.lease("worker-a", HOUR, LONG_AGO.plusSeconds(1)).orElseThrow();
  }

  private void queued(String cvId, Instant uploadedAt) {
    Cv cv = cv(cvId, ALICE, "resume " + cvId, uploadedAt);
    recordUpload(jdbi, cv, "req-" + cvId);
  }

  private List<String> column(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
  }

  private static TokenHash hash(char digit) {
    return new TokenHash(String.valueOf(digit).repeat(64));
  }
}
