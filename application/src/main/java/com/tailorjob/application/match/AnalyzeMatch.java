package com.tailorjob.application.match;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.cv.CvNotFoundException;
import com.tailorjob.application.job.JobNotFoundException;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.JobRepository;
import com.tailorjob.application.port.out.MatchCache;
import com.tailorjob.application.port.out.Matcher;
import com.tailorjob.application.port.out.MatcherUnavailableException;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.event.MatchEvent;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.CachedMatch;
import com.tailorjob.domain.match.MatchCacheKey;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherSelection;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.UsageRecord;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells how well one of the caller's parsed CVs fits one of their job postings. Results are
 * cached per CV content, job content, matcher and model; the AI matcher falls back to the local
 * one when its provider cannot answer; every computed analysis is entered in the usage ledger.
 */
public final class AnalyzeMatch {

  /** Names the two matchers for dependency injection. */
  public static final String LOCAL = "matcher.v3.0";
  public static final String AI = "matcher.v5.1";

  private final CvRepository cvs;
  private final CvParseResults parses;
  private final JobRepository jobs;
  private final MatchCache cache;
  private final UsageLedger ledger;
  private final Matcher local;
  private final Matcher ai;
  private final MatcherSelection selection;
  private final MatchCachePolicy cachePolicy;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public AnalyzeMatch(
      CvRepository cvs, CvParseResults parses, JobRepository jobs, MatchCache cache,
      UsageLedger ledger, @Named(LOCAL) Matcher local, @Named(AI) Matcher ai,
      MatcherSelection selection, MatchCachePolicy cachePolicy, Observability observability,
      Clock clock) {
    this.cvs = cvs;
    this.parses = parses;
    this.jobs = jobs;
    this.cache = cache;
    this.ledger = ledger;
    this.local = local;
    this.ai = ai;
    this.selection = selection;
    this.cachePolicy = cachePolicy;
    this.observability = observability;
    this.clock = clock;
  }

  /**
   * @throws CvNotFoundException when the caller has no such CV
   * @throws JobNotFoundException when the caller has no such job
   * @throws CvNotParsedException when the CV's parse has not succeeded
   * @throws OperationFailedException when a store or the matcher failed
   */
  public MatchAnalysis analyze(UserId user, CvId cvId, JobId jobId) {
    Request request = new Request(user, cvId, jobId, Stopwatch.start(clock));
    observability.emit(new MatchEvent.MatchRequested(cvId, jobId, user));

    try {
      return attempt(request);
    } catch (CvNotFoundException | JobNotFoundException | CvNotParsedException e) {
      throw e;
    } catch (RuntimeException e) {
      observability.emit(new MatchEvent.MatchFailed(
          cvId, jobId, user, request.stopwatch().elapsed(), e));
      throw new OperationFailedException("match analysis", e);
    }
  }

  /**
   * Ends in a success event, or in a rejection event emitted before its exception is thrown;
   * anything else it throws is a failure for {@link #analyze} to report.
   */
  private MatchAnalysis attempt(Request request) {
    Cv cv = cvs.find(request.user(), request.cv()).orElseThrow(() ->
        reject(request, "cv_not_found", new CvNotFoundException(request.cv())));
    JobPosting job = jobs.find(request.user(), request.job()).orElseThrow(() ->
        reject(request, "job_not_found", new JobNotFoundException(request.job())));
    CvSections sections = sectionsOf(cv, request);

    Matcher matcher = selection.choose(request.user()) == MatcherVersion.V5_1 ? ai : local;
    Optional<CachedMatch> cached = cached(request, keyFor(cv, job, matcher), matcher);
    if (cached.isPresent()) {
      return fromCache(request, cached.get());
    }

    return compute(request, cv, job, sections, matcher);
  }

  /**
   * A cache that cannot be read only costs a recomputation, as a miss does, so its failure is
   * reported once as a warning and the analysis goes on.
   */
  private Optional<CachedMatch> cached(Request request, MatchCacheKey key, Matcher matcher) {
    Optional<CachedMatch> cached;
    try {
      cached = cache.find(key, request.cv(), request.job(), clock.instant());
    } catch (RuntimeException e) {
      observability.emit(new MatchEvent.MatchCacheUnreadable(
          request.cv(), request.job(), matcher.version(), e));
      return Optional.empty();
    }
    if (cached.isEmpty()) {
      observability.emit(
          new MatchEvent.CacheMissed(request.cv(), request.job(), matcher.version()));
    }
    return cached;
  }

  private MatchAnalysis compute(
      Request request, Cv cv, JobPosting job, CvSections sections, Matcher matcher) {
    if (matcher.version() == MatcherVersion.V5_1) {
      observability.emit(new MatchEvent.AiAnalysisStarted(request.cv(), request.job()));
    }
    observability.emit(new MatchEvent.MatcherChosen(
        request.cv(), request.job(), matcher.version(), matcher.model()));
    MatchResult result;
    Matcher used = matcher;
    try {
      result = matcher.match(sections, job);
    } catch (MatcherUnavailableException e) {
      used = fallBack(request, matcher, e);
      result = used.match(sections, job);
    }
    record(request, result);

    observability.emit(new MatchEvent.MatchCompleted(request.cv(), request.job(),
        request.user(), result.score(), result.version(), result.model(), result.usage(),
        request.stopwatch().elapsed()));
    store(request, keyFor(cv, job, used), result);
    return new MatchAnalysis(request.cv(), request.job(), result, false, Optional.empty());
  }

  private Matcher fallBack(Request request, Matcher failed, MatcherUnavailableException e) {
    if (failed == local) {
      throw e;
    }
    observability.emit(new MatchEvent.MatcherFellBack(request.cv(), request.job(),
        failed.version(), local.version(), e.reason()));
    if (e.spent().totalTokens() > 0) {
      ledger.record(new UsageRecord(request.user(), request.cv(), request.job(),
          failed.version(), failed.model(), e.spent(), clock.instant()));
    }
    return local;
  }

  private void record(Request request, MatchResult result) {
    ledger.record(new UsageRecord(request.user(), request.cv(), request.job(),
        result.version(), result.model(), result.usage(), clock.instant()));
  }

  /** A cache that cannot be written only costs a later recomputation, so it is not fatal. */
  private void store(Request request, MatchCacheKey key, MatchResult result) {
    Instant now = clock.instant();
    try {
      cache.put(key, request.cv(), request.job(), result, now, now.plus(cachePolicy.ttl()));
      observability.emit(new MatchEvent.MatchCached(
          request.cv(), request.job(), result.score(), cachePolicy.ttl()));
    } catch (RuntimeException e) {
      observability.emit(new MatchEvent.MatchCacheFailed(request.cv(), request.job(), e));
    }
  }

  private MatchAnalysis fromCache(Request request, CachedMatch cached) {
    MatchResult result = cached.result();
    var age = cached.ageAt(clock.instant());
    observability.emit(new MatchEvent.CachedMatchReturned(request.cv(), request.job(),
        request.user(), result.score(), result.version(), age, request.stopwatch().elapsed()));
    return new MatchAnalysis(request.cv(), request.job(), result, true, Optional.of(age));
  }

  private CvSections sectionsOf(Cv cv, Request request) {
    Optional<ParsedCv> parsed = cv.status() == CvStatus.PARSED
        ? parses.findParsed(cv.id())
        : Optional.empty();
    if (parsed.isEmpty()) {
      throw reject(request, "cv_not_parsed", Optional.of(cv.status()),
          new CvNotParsedException(cv.id(), cv.status()));
    }
    return parsed.get().sections();
  }

  private <E extends RuntimeException> E reject(Request request, String reason, E exception) {
    return reject(request, reason, Optional.empty(), exception);
  }

  private <E extends RuntimeException> E reject(
      Request request, String reason, Optional<CvStatus> cvStatus, E exception) {
    observability.emit(new MatchEvent.MatchRejected(request.cv(), request.job(),
        request.user(), reason, cvStatus, request.stopwatch().elapsed()));
    return exception;
  }

  private static MatchCacheKey keyFor(Cv cv, JobPosting job, Matcher matcher) {
    return new MatchCacheKey(cv.contentHash(), job.contentHash(), matcher.version(),
        matcher.fingerprint());
  }

  private record Request(UserId user, CvId cv, JobId job, Stopwatch stopwatch) {}
}
