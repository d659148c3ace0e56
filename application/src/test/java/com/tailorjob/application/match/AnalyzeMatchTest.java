package com.tailorjob.application.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.cv.CvNotFoundException;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.Matcher;
import com.tailorjob.application.port.out.MatcherUnavailableException;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryMatching;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.InMemoryParsing;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.event.MatchEvent;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherSelection;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.ScoreBreakdown;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.match.UsageRecord;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ParseQuality;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.math.BigDecimal;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnalyzeMatchTest {

  private static final UserId ALICE = new UserId("alice");

  private final MutableClock clock = MutableClock.atSomeMoment();
  private final SequentialIds ids = new SequentialIds();
  private final InMemoryCvRepository cvs = new InMemoryCvRepository();
  private final InMemoryParsing parsing = new InMemoryParsing();
  private final InMemoryMatching matching = new InMemoryMatching();
  private final RecordingObservability events = new RecordingObservability();
  private final CountingMatcher local = new CountingMatcher(MatcherVersion.V3_0, "local", 60);
  private final CountingMatcher ai = new CountingMatcher(MatcherVersion.V5_1, "minilm", 80);

  private Cv cv;
  private JobPosting job;

  @BeforeEach
  void a_parsed_cv_and_a_job() {
    UploadCv upload = new UploadCv(cvs, new InMemoryObjectStorage(), cvs.pendingFileRemovals(),
        ids, new RecordingObservability(), clock, UploadLimits.standard());
    cv = upload.upload(new UploadCv.Command(ALICE, "cv.pdf",
        ByteSource.ofBytes(SampleFiles.pdf("match")), new RequestId("r1"))).cv();
    parsing.enqueue(cvs.queuedParses().get(0), clock.instant());
    parsing.results().recordParsed(cv.id(), new ParsedCv(new CvSections(List.of("java"),
        List.of(), List.of(), List.of(), "", List.of()), 1, ParseQuality.PARTIAL,
        clock.instant()));
    cvs.markStatus(cv.id(), CvStatus.PARSED);
    job = new ManageJobs(matching.jobs(), (t, d) -> List.of("java"), ids,
        new RecordingObservability(), clock)
        .create(ALICE, new ManageJobs.JobDraft("Engineer", "Acme", "Java work", List.of()));
  }

  @Test
  void computes_a_match_with_the_chosen_matcher_and_records_its_usage() {
    MatchAnalysis analysis = analyzeMatch(MatcherSelection.localOnly())
        .analyze(ALICE, cv.id(), job.id());

    assertThat(analysis.cached()).isFalse();
    assertThat(analysis.result().score()).isEqualTo(60);
    assertThat(matching.ledgerEntries()).singleElement()
        .satisfies(entry -> assertThat(entry.version()).isEqualTo(MatcherVersion.V3_0));
  }

  @Test
  void serves_the_second_request_from_the_cache_with_its_age() {
    AnalyzeMatch analyzeMatch = analyzeMatch(MatcherSelection.localOnly());
    analyzeMatch.analyze(ALICE, cv.id(), job.id());
    clock.advance(Duration.ofDays(2));

    MatchAnalysis second = analyzeMatch.analyze(ALICE, cv.id(), job.id());

    assertThat(second.cached()).isTrue();
    assertThat(second.age()).contains(Duration.ofDays(2));
    assertThat(local.calls.get()).isEqualTo(1);
  }

  @Test
  void computes_again_once_the_matcher_scores_with_other_tables() {
    AnalyzeMatch analyzeMatch = analyzeMatch(MatcherSelection.localOnly());
    analyzeMatch.analyze(ALICE, cv.id(), job.id());
    local.tables.set("skills-2");

    MatchAnalysis later = analyzeMatch.analyze(ALICE, cv.id(), job.id());

    assertThat(later.cached()).isFalse();
    assertThat(local.calls.get()).isEqualTo(2);
  }

  @Test
  void computes_again_once_the_cached_result_expires() {
    AnalyzeMatch analyzeMatch = analyzeMatch(MatcherSelection.localOnly());
    analyzeMatch.analyze(ALICE, cv.id(), job.id());
    clock.advance(Duration.ofDays(8));

    MatchAnalysis later = analyzeMatch.analyze(ALICE, cv.id(), job.id());

    assertThat(later.cached()).isFalse();
    assertThat(local.calls.get()).isEqualTo(2);
  }

  @Test
  void falls_back_to_the_local_matcher_when_the_ai_provider_fails() {
    ai.failure.set(new MatcherUnavailableException("timeout", "provider timed out", null));

    MatchAnalysis analysis = analyzeMatch(new MatcherSelection(MatcherVersion.V5_1, 0))
        .analyze(ALICE, cv.id(), job.id());

    assertThat(analysis.result().version()).isEqualTo(MatcherVersion.V3_0);
    assertThat(events.eventsOf(MatchEvent.MatcherFellBack.class)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("timeout"));
  }

  @Test
  void enters_what_a_failed_ai_attempt_was_billed_in_the_usage_ledger() {
    TokenUsage billed = new TokenUsage(900, 40, new BigDecimal("0.000159"));
    ai.failure.set(new MatcherUnavailableException("bad_answer", "no JSON", null)
        .spending(billed));

    analyzeMatch(new MatcherSelection(MatcherVersion.V5_1, 0)).analyze(ALICE, cv.id(), job.id());

    assertThat(matching.ledgerEntries()).extracting(UsageRecord::version)
        .containsExactlyInAnyOrder(MatcherVersion.V5_1, MatcherVersion.V3_0);
    assertThat(matching.ledgerEntries())
        .filteredOn(entry -> entry.version() == MatcherVersion.V5_1)
        .singleElement().satisfies(entry -> assertThat(entry.usage()).isEqualTo(billed));
  }

  @Test
  void enters_nothing_for_a_failed_ai_attempt_that_cost_nothing() {
    ai.failure.set(new MatcherUnavailableException("timeout", "provider timed out", null));

    analyzeMatch(new MatcherSelection(MatcherVersion.V5_1, 0)).analyze(ALICE, cv.id(), job.id());

    assertThat(matching.ledgerEntries()).extracting(UsageRecord::version)
        .containsExactly(MatcherVersion.V3_0);
  }

  @Test
  void emits_the_seed_sequence_for_an_ai_analysis() {
    analyzeMatch(new MatcherSelection(MatcherVersion.V5_1, 0)).analyze(ALICE, cv.id(), job.id());

    assertThat(events.names()).containsExactly("match.requested", "match.cache.miss",
        "match.ai.started", "match.matcher.chosen", "match.analysis.succeeded",
        "match.cache.stored");
  }

  @Test
  void refuses_a_cv_that_is_not_parsed_yet() {
    cvs.markStatus(cv.id(), CvStatus.PARSING);

    assertThatThrownBy(() -> analyzeMatch(MatcherSelection.localOnly())
            .analyze(ALICE, cv.id(), job.id()))
        .isInstanceOfSatisfying(CvNotParsedException.class,
            e -> assertThat(e.status()).isEqualTo(CvStatus.PARSING));
    assertThat(events.names()).last().isEqualTo("match.analysis.rejected");
  }

  @Test
  void says_where_an_unparsed_cv_stands_when_it_refuses_it() {
    cvs.markStatus(cv.id(), CvStatus.FAILED);

    catchThrowable(() -> analyzeMatch(MatcherSelection.localOnly())
        .analyze(ALICE, cv.id(), job.id()));

    assertThat(events.eventsOf(MatchEvent.MatchRejected.class)).singleElement()
        .satisfies(rejected -> assertThat(rejected.cvStatus()).contains(CvStatus.FAILED));
  }

  @Test
  void treats_another_users_job_as_not_found() {
    assertThatThrownBy(() -> analyzeMatch(MatcherSelection.localOnly())
            .analyze(new UserId("bob"), cv.id(), job.id()))
        .isInstanceOf(CvNotFoundException.class);
  }

  @Test
  void reports_a_failed_cv_lookup_as_the_analysis_one_failure() {
    cvs.failReads(AnalyzeMatchTest::databaseOutage);

    assertThatThrownBy(() -> analyzeMatch(MatcherSelection.localOnly())
            .analyze(ALICE, cv.id(), job.id()))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).containsExactly("match.requested", "match.analysis.failed");
  }

  @Test
  void calls_a_database_outage_during_an_analysis_transient() {
    cvs.failReads(AnalyzeMatchTest::databaseOutage);

    assertThatThrownBy(() -> analyzeMatch(MatcherSelection.localOnly())
            .analyze(ALICE, cv.id(), job.id()))
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.isTransient()).isTrue());
  }

  @Test
  void reports_a_failed_job_lookup_as_the_analysis_one_failure() {
    matching.failJobReads(AnalyzeMatchTest::databaseOutage);

    assertThatThrownBy(() -> analyzeMatch(MatcherSelection.localOnly())
            .analyze(ALICE, cv.id(), job.id()))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).containsExactly("match.requested", "match.analysis.failed");
  }

  @Test
  void reports_a_failed_parse_result_lookup_as_the_analysis_one_failure() {
    parsing.failResultReads(AnalyzeMatchTest::databaseOutage);

    assertThatThrownBy(() -> analyzeMatch(MatcherSelection.localOnly())
            .analyze(ALICE, cv.id(), job.id()))
        .isInstanceOf(OperationFailedException.class);

    assertThat(events.names()).containsExactly("match.requested", "match.analysis.failed");
  }

  @Test
  void computes_the_match_when_the_cache_cannot_be_read() {
    matching.failCacheReads(AnalyzeMatchTest::databaseOutage);

    MatchAnalysis analysis = analyzeMatch(MatcherSelection.localOnly())
        .analyze(ALICE, cv.id(), job.id());

    assertThat(analysis.cached()).isFalse();
    assertThat(analysis.result().score()).isEqualTo(60);
  }

  @Test
  void reports_an_unreadable_cache_once_as_a_warning_instead_of_a_miss() {
    matching.failCacheReads(AnalyzeMatchTest::databaseOutage);

    analyzeMatch(MatcherSelection.localOnly()).analyze(ALICE, cv.id(), job.id());

    assertThat(events.names()).containsExactly("match.requested", "match.cache.read_failed",
        "match.matcher.chosen", "match.analysis.succeeded", "match.cache.stored");
    assertThat(events.eventsOf(MatchEvent.MatchCacheUnreadable.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).hasRootCauseInstanceOf(
            SQLTransientConnectionException.class));
  }

  private static RuntimeException databaseOutage() {
    return new IllegalStateException("statement failed",
        new SQLTransientConnectionException("connection is not available"));
  }

  private AnalyzeMatch analyzeMatch(MatcherSelection selection) {
    return new AnalyzeMatch(cvs, parsing.results(), matching.jobs(), matching.cache(),
        matching.ledger(), local, ai, selection, MatchCachePolicy.standard(), events, clock);
  }

  private static final class CountingMatcher implements Matcher {

    private final MatcherVersion version;
    private final String model;
    private final int score;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicReference<String> tables = new AtomicReference<>("skills-1");

    CountingMatcher(MatcherVersion version, String model, int score) {
      this.version = version;
      this.model = model;
      this.score = score;
    }

    @Override
    public MatcherVersion version() {
      return version;
    }

    @Override
    public String model() {
      return model;
    }

    @Override
    public String fingerprint() {
      return model + "+" + tables.get();
    }

    @Override
    public MatchResult match(CvSections cv, JobPosting job) {
      calls.incrementAndGet();
      if (failure.get() != null) {
        throw failure.get();
      }
      return new MatchResult(score, version, model, List.of("java"), List.of(),
          new ScoreBreakdown(score, score, score, score), "Fine.",
          new TokenUsage(10, 5, new BigDecimal("0.0001")));
    }
  }
}
