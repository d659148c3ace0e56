package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.cv;
import static com.tailorjob.adapters.persistence.jdbi.Samples.job;
import static com.tailorjob.adapters.persistence.jdbi.Samples.recordUpload;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.CachedMatch;
import com.tailorjob.domain.match.MatchCacheKey;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.ScoreBreakdown;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiMatchCacheTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");
  private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));
  private static final String MODEL = "text-embedding-3-small+gpt-4o-mini";

  private Jdbi jdbi;
  private JdbiMatchCache cache;
  private JdbiCvRepository cvs;
  private JdbiJobRepository jobs;
  private Cv cv;
  private JobPosting job;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    cache = new JdbiMatchCache(jdbi);
    cvs = new JdbiCvRepository(jdbi);
    jobs = new JdbiJobRepository(jdbi);
    new JdbiUserRepository(jdbi).add(user(ALICE.value()));
    cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");
    job = job("job-1", ALICE);
    jobs.add(job);
  }

  @Test
  void returns_a_stored_result_with_every_field_intact() {
    MatchResult result = aiResult(85, "0.006200");
    cache.put(key(), cv.id(), job.id(), result, NOW, EXPIRES);

    var found = cache.find(key(), cv.id(), job.id(), NOW.plusSeconds(1));

    assertThat(found).contains(new CachedMatch(result, NOW, EXPIRES));
  }

  @Test
  void keeps_the_cost_with_its_exact_value_and_scale() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.00018705"), NOW, EXPIRES);

    var found = cache.find(key(), cv.id(), job.id(), NOW);

    assertThat(found).get().extracting(match -> match.result().usage().costUsd())
        .isEqualTo(new BigDecimal("0.00018705"));
  }

  @Test
  void returns_a_result_until_the_instant_before_it_expires() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    var found = cache.find(key(), cv.id(), job.id(), EXPIRES.minusNanos(1_000));

    assertThat(found).isPresent();
  }

  @Test
  void misses_a_result_at_the_instant_it_expires() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    var found = cache.find(key(), cv.id(), job.id(), EXPIRES);

    assertThat(found).isEmpty();
  }

  @Test
  void misses_once_the_job_content_has_changed() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);
    JobPosting edited = new JobPosting(job.id(), ALICE, "Another title", job.company(),
        job.description(), job.requirements(), job.createdAt(), NOW.plusSeconds(60));
    jobs.update(edited);

    var found = cache.find(keyFor(edited, MatcherVersion.V5_1, MODEL), cv.id(), job.id(), NOW);

    assertThat(found).isEmpty();
  }

  @Test
  void misses_for_another_model() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    var found = cache.find(keyFor(job, MatcherVersion.V5_1, "another-model"), cv.id(), job.id(),
        NOW);

    assertThat(found).isEmpty();
  }

  @Test
  void misses_for_another_matcher_version() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    var found = cache.find(keyFor(job, MatcherVersion.V3_0, MODEL), cv.id(), job.id(), NOW);

    assertThat(found).isEmpty();
  }

  @Test
  void misses_for_another_job_with_the_same_content() {
    JobPosting other = new JobPosting(new JobId("job-2"), ALICE, job.title(), job.company(),
        job.description(), job.requirements(), NOW, NOW);
    jobs.add(other);
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    var found = cache.find(key(), cv.id(), other.id(), NOW);

    assertThat(found).isEmpty();
  }

  @Test
  void keeps_results_of_two_matchers_side_by_side() {
    MatchResult ai = aiResult(85, "0.0062");
    MatchResult local = localResult(70);
    MatchCacheKey localKey = keyFor(job, MatcherVersion.V3_0, "keywords");

    cache.put(key(), cv.id(), job.id(), ai, NOW, EXPIRES);
    cache.put(localKey, cv.id(), job.id(), local, NOW, EXPIRES);

    assertThat(cache.find(key(), cv.id(), job.id(), NOW)).get()
        .extracting(CachedMatch::result).isEqualTo(ai);
    assertThat(cache.find(localKey, cv.id(), job.id(), NOW)).get()
        .extracting(CachedMatch::result).isEqualTo(local);
  }

  @Test
  void replaces_the_result_stored_for_the_same_key() {
    cache.put(key(), cv.id(), job.id(), aiResult(60, "0.0050"), NOW, EXPIRES);
    MatchResult newer = aiResult(90, "0.0070");
    Instant later = NOW.plusSeconds(3600);

    cache.put(key(), cv.id(), job.id(), newer, later, later.plus(Duration.ofDays(7)));

    assertThat(cache.find(key(), cv.id(), job.id(), later))
        .contains(new CachedMatch(newer, later, later.plus(Duration.ofDays(7))));
  }

  @Test
  void replaces_a_stale_result_of_an_edited_job_instead_of_keeping_both() {
    cache.put(key(), cv.id(), job.id(), aiResult(60, "0.0050"), NOW, EXPIRES);
    JobPosting edited = new JobPosting(job.id(), ALICE, "Another title", job.company(),
        job.description(), job.requirements(), job.createdAt(), NOW.plusSeconds(60));
    jobs.update(edited);

    cache.put(keyFor(edited, MatcherVersion.V5_1, MODEL), cv.id(), job.id(),
        aiResult(90, "0.0070"), NOW, EXPIRES);

    assertThat(rowCount()).isEqualTo(1);
  }

  @Test
  void deleting_the_cv_removes_its_results() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    cvs.delete(ALICE, cv.id(), NOW);

    assertThat(rowCount()).isZero();
  }

  @Test
  void deleting_the_job_removes_its_results() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    jobs.delete(ALICE, job.id());

    assertThat(rowCount()).isZero();
  }

  @Test
  void drops_a_result_for_a_job_deleted_while_it_was_computed() {
    jobs.delete(ALICE, job.id());

    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    assertThat(rowCount()).isZero();
  }

  @Test
  void drops_a_result_for_a_cv_deleted_while_it_was_computed() {
    cvs.delete(ALICE, cv.id(), NOW);

    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    assertThat(rowCount()).isZero();
  }

  @Test
  void pruning_deletes_only_expired_results() {
    MatchCacheKey localKey = keyFor(job, MatcherVersion.V3_0, "keywords");
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, NOW.plusSeconds(60));
    cache.put(localKey, cv.id(), job.id(), localResult(70), NOW, EXPIRES);

    int deleted = new JdbiExpiredRecords(jdbi).deleteMatchResultsExpiredBy(NOW.plusSeconds(60));

    assertThat(deleted).isEqualTo(1);
    assertThat(cache.find(localKey, cv.id(), job.id(), NOW)).isPresent();
  }

  @Test
  void keeps_the_score_beside_the_result_for_reports() {
    cache.put(key(), cv.id(), job.id(), aiResult(85, "0.0062"), NOW, EXPIRES);

    int score = jdbi.withHandle(h -> h.createQuery("SELECT score FROM match_cache")
        .mapTo(Integer.class).one());

    assertThat(score).isEqualTo(85);
  }

  @Test
  void reads_a_result_stored_in_the_first_document_format() {
    insertDocument("""
        {"format": 1, "score": 72, "version": "v5.1", "model": "gpt-4o-mini",
         "matchedSkills": ["Java"], "missingSkills": ["Go"],
         "breakdown": {"skills": 80, "experience": 70, "education": 60, "keywords": 50},
         "explanation": "Mention Go.",
         "usage": {"inputTokens": 900, "outputTokens": 100, "costUsd": "0.004100"}}""");

    var found = cache.find(key(), cv.id(), job.id(), NOW);

    assertThat(found).get().extracting(CachedMatch::result).isEqualTo(new MatchResult(72,
        MatcherVersion.V5_1, "gpt-4o-mini", List.of("Java"), List.of("Go"),
        new ScoreBreakdown(80, 70, 60, 50), "Mention Go.",
        new TokenUsage(900, 100, new BigDecimal("0.004100"))));
  }

  @Test
  void misses_a_result_stored_in_a_format_it_does_not_know() {
    insertDocument("{\"format\": 2, \"score\": 72}");

    var found = cache.find(key(), cv.id(), job.id(), NOW);

    assertThat(found).isEmpty();
  }

  private void insertDocument(String json) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO match_cache (cv_id, job_id, matcher_version, model, cv_content_hash,
                job_content_hash, result, score, created_at, expires_at)
            VALUES (:cv, :job, 'v5.1', :model, :cvHash, :jobHash, CAST(:json AS jsonb), 72,
                :createdAt, :expiresAt)""")
        .bind("cv", cv.id().value())
        .bind("job", job.id().value())
        .bind("model", MODEL)
        .bind("cvHash", cv.contentHash().hex())
        .bind("jobHash", job.contentHash())
        .bind("json", json)
        .bind("createdAt", NOW.atOffset(ZoneOffset.UTC))
        .bind("expiresAt", EXPIRES.atOffset(ZoneOffset.UTC))
        .execute());
  }

  private MatchCacheKey key() {
    return keyFor(job, MatcherVersion.V5_1, MODEL);
  }

  private MatchCacheKey keyFor(JobPosting posting, MatcherVersion version, String model) {
    return new MatchCacheKey(cv.contentHash(), posting.contentHash(), version, model);
  }

  private static MatchResult aiResult(int score, String cost) {
    return new MatchResult(score, MatcherVersion.V5_1, MODEL, List.of("Java", "PostgreSQL"),
        List.of("Kubernetes"), new ScoreBreakdown(90, 80, 70, 60),
        "Add a line on \"Kubernetes\" — ideally with numbers.",
        new TokenUsage(1000, 247, new BigDecimal(cost)));
  }

  private static MatchResult localResult(int score) {
    return new MatchResult(score, MatcherVersion.V3_0, "keywords", List.of("Java"), List.of(),
        new ScoreBreakdown(70, 70, 70, 70), "", TokenUsage.none());
  }

  private int rowCount() {
    return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM match_cache")
        .mapTo(Integer.class).one());
  }
}
