package com.tailorjob.adapters.logging;

import com.tailorjob.domain.event.AuthEvent;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.DomainEvent;
import com.tailorjob.domain.event.JobEvent;
import com.tailorjob.domain.event.MatchEvent;
import com.tailorjob.domain.event.ParseEvent;
import com.tailorjob.domain.event.RetentionEvent;
import com.tailorjob.domain.event.WorkerEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.logging.log4j.Level;

/**
 * The rendering of every domain event: a success at INFO, a rejection at WARN, a failure at
 * ERROR with its cause. Emoji and words follow the operators' existing searches, so
 * {@code |= "CV upload started"} keeps working.
 */
final class EventCatalog {

  static final String AUTH_LOGGER = "tailorjob.auth";
  static final String CV_LOGGER = "tailorjob.cv";
  static final String PARSE_LOGGER = "tailorjob.parse";
  static final String WORKER_LOGGER = "tailorjob.worker";
  static final String JOB_LOGGER = "tailorjob.job";
  static final String MATCH_LOGGER = "tailorjob.match";
  static final String RETENTION_LOGGER = "tailorjob.retention";
  static final String FALLBACK_LOGGER = "tailorjob";

  private final Map<Class<?>, EventRendering<?>> renderings = new HashMap<>();

  private EventCatalog() {}

  static EventCatalog standard() {
    EventCatalog catalog = new EventCatalog();
    catalog.registerAuthEvents();
    catalog.registerCvEvents();
    catalog.registerParseEvents();
    catalog.registerWorkerEvents();
    catalog.registerJobEvents();
    catalog.registerMatchEvents();
    catalog.registerRetentionEvents();
    return catalog;
  }

  Optional<EventRendering<?>> renderingOf(Class<? extends DomainEvent> type) {
    return Optional.ofNullable(renderings.get(type));
  }

  Collection<EventRendering<?>> all() {
    return renderings.values();
  }

  /** The line of an event type the catalog does not know, so that it is still seen. */
  static EventRendering<DomainEvent> unrendered() {
    return new EventRendering<>(DomainEvent.class, FALLBACK_LOGGER, Level.WARN,
        "❔ Event without rendering", (event, fields) -> {});
  }

  private void registerAuthEvents() {
    auth(AuthEvent.RegistrationStarted.class, Level.INFO, "👤 User registration started",
        (e, f) -> {});
    auth(AuthEvent.UserRegistered.class, Level.INFO, "✅ User registered",
        (e, f) -> f.user(e.user()).duration(e.duration()));
    auth(AuthEvent.RegistrationRejected.class, Level.WARN, "⚠️ User registration rejected",
        (e, f) -> f.reason(e.reason()).duration(e.duration()));
    auth(AuthEvent.RegistrationFailed.class, Level.ERROR, "❌ User registration failed",
        (e, f) -> f.duration(e.duration()), AuthEvent.RegistrationFailed::cause);

    auth(AuthEvent.LoginStarted.class, Level.INFO, "🔑 Login started", (e, f) -> {});
    auth(AuthEvent.LoginSucceeded.class, Level.INFO, "✅ Login succeeded",
        (e, f) -> f.user(e.user()).duration(e.duration()));
    auth(AuthEvent.LoginRejected.class, Level.WARN, "🚫 Login failed",
        (e, f) -> f.reason(e.reason()).duration(e.duration()));
    auth(AuthEvent.LoginThrottled.class, Level.WARN, "⛔ Login throttled",
        (e, f) -> f.limit(e.limit()).retryAfter(e.retryAfter()).duration(e.duration()));
    auth(AuthEvent.LoginFailed.class, Level.ERROR, "❌ Login error",
        (e, f) -> f.duration(e.duration()), AuthEvent.LoginFailed::cause);

    auth(AuthEvent.LogoutStarted.class, Level.INFO, "🚪 Logout started",
        (e, f) -> f.user(e.user()));
    auth(AuthEvent.LoggedOut.class, Level.INFO, "👋 Logged out",
        (e, f) -> f.user(e.user()).duration(e.duration()));
    auth(AuthEvent.LogoutFailed.class, Level.ERROR, "❌ Logout failed",
        (e, f) -> f.user(e.user()).duration(e.duration()), AuthEvent.LogoutFailed::cause);
  }

  private void registerCvEvents() {
    cv(CvEvent.UploadStarted.class, Level.INFO, "📤 CV upload started",
        (e, f) -> f.user(e.user()).filename(e.filename()).size(e.sizeBytes()));
    cv(CvEvent.ValidationPassed.class, Level.INFO, "✅ CV validation passed",
        (e, f) -> f.user(e.user()).filename(e.filename()).type(e.format()).size(e.sizeBytes()));
    cv(CvEvent.ValidationRejected.class, Level.WARN, "⚠️ CV validation rejected",
        (e, f) -> f.user(e.user()).filename(e.filename()).reason(e.reason())
            .size(e.sizeBytes()).duration(e.duration()));
    cv(CvEvent.DuplicateDetected.class, Level.WARN, "♻️ Duplicate CV detected",
        (e, f) -> f.user(e.user()).filename(e.filename()).hash(e.hash()).cv(e.existing())
            .duration(e.duration()));
    cv(CvEvent.StorageUploadStarted.class, Level.INFO, "📁 Uploading CV to storage",
        (e, f) -> f.user(e.user()).filename(e.filename()).hash(e.hash()));
    cv(CvEvent.StoredInStorage.class, Level.INFO, "✅ CV uploaded to storage",
        (e, f) -> f.user(e.user()).path(e.path()));
    cv(CvEvent.RecordCreated.class, Level.INFO, "💾 CV record created",
        (e, f) -> f.cv(e.cv()).user(e.user()).filename(e.filename()));
    cv(CvEvent.UploadCompleted.class, Level.INFO, "✅ CV upload complete",
        (e, f) -> f.cv(e.cv()).user(e.user()).duration(e.duration()));
    cv(CvEvent.UploadFailed.class, Level.ERROR, "❌ CV upload failed",
        (e, f) -> f.cv(e.cv()).user(e.user()).filename(e.filename()).stage(e.stage())
            .duration(e.duration()), CvEvent.UploadFailed::cause);

    cv(CvEvent.DeletionStarted.class, Level.INFO, "🗑️ CV deletion started",
        (e, f) -> f.cv(e.cv()).user(e.user()));
    // WARN, not ERROR: the deletion succeeds; the file waits for the pruning sweep.
    cv(CvEvent.FileRemovalDeferred.class, Level.WARN, "⚠️ CV file removal deferred to the sweep",
        (e, f) -> f.cv(e.cv()).user(e.user()).path(e.path()), CvEvent.FileRemovalDeferred::cause);
    cv(CvEvent.Deleted.class, Level.INFO, "🗑️ CV deleted",
        (e, f) -> f.cv(e.cv()).user(e.user()).duration(e.duration()));
    cv(CvEvent.DeletionRejected.class, Level.WARN, "⚠️ CV deletion rejected",
        (e, f) -> f.cv(e.cv()).user(e.user()).reason(e.reason()).duration(e.duration()));
    cv(CvEvent.DeletionFailed.class, Level.ERROR, "❌ CV deletion failed",
        (e, f) -> f.cv(e.cv()).user(e.user()).duration(e.duration()),
        CvEvent.DeletionFailed::cause);
  }

  /** Every parsing line says {@code CV parsing} or {@code CV parse}, as the seed's search. */
  private void registerParseEvents() {
    parse(ParseEvent.ParseStarted.class, Level.INFO, "📄 Starting CV parsing",
        (e, f) -> f.cv(e.cv()).user(e.user()));
    parse(ParseEvent.SectionsExtracted.class, Level.INFO, "📝 CV sections extracted",
        (e, f) -> f.cv(e.cv()).sections(e.sections()).duration(e.duration()));
    parse(ParseEvent.CvParsed.class, Level.INFO, "✅ CV parsed successfully",
        (e, f) -> f.cv(e.cv()).user(e.user()).duration(e.duration()).pages(e.pages())
            .quality(e.quality()));
    parse(ParseEvent.ParseRejected.class, Level.WARN, "⚠️ CV parsing failed",
        (e, f) -> f.cv(e.cv()).user(e.user()).reason(e.reason()).duration(e.duration()));
    parse(ParseEvent.ParseSkipped.class, Level.INFO, "⏭️ CV parsing skipped",
        (e, f) -> f.cv(e.cv()).user(e.user()).reason(e.reason()));
  }

  /** Worker lines say {@code Worker}, so {@code |= "Worker"} follows the worker's activity. */
  private void registerWorkerEvents() {
    worker(WorkerEvent.WorkerStarted.class, Level.INFO,
        "🚀 CV Worker started, listening on queue",
        (e, f) -> f.listeningOn(e.queue()).workerIdOnly(e.workerId()));
    worker(WorkerEvent.WorkerStopped.class, Level.INFO, "🛑 CV Worker stopped",
        (e, f) -> f.worker(e.workerId()).queue(e.queue())
            .count("jobs_processed", e.jobsProcessed()));
    worker(WorkerEvent.JobReceived.class, Level.INFO, "📬 Worker received job",
        (e, f) -> f.jobNumber(e.jobNumber()).cv(e.cv()).attemptIfRepeated(e.attempt()));
    // Two spaces: the gear renders narrow in terminals, and the seed's searches expect them.
    worker(WorkerEvent.JobProcessing.class, Level.INFO, "⚙️  Worker processing CV parse job",
        (e, f) -> f.cv(e.cv()).user(e.user()));
    worker(WorkerEvent.SectionsCreated.class, Level.INFO, "📝 Created CV sections",
        (e, f) -> f.cv(e.cv()).sections(e.sections()));
    worker(WorkerEvent.NotificationCreated.class, Level.INFO, "📬 Notification created",
        (e, f) -> f.cv(e.cv()).user(e.user()));
    worker(WorkerEvent.JobCompleted.class, Level.INFO, "✅ Worker completed CV parsing",
        (e, f) -> {
          f.cv(e.cv()).user(e.user()).duration(e.duration());
          e.sections().ifPresent(f::sections);
        });
    // Says "CV parsing" for the search of all parsing, but not "completed": the CV failed.
    worker(WorkerEvent.JobRejected.class, Level.WARN, "⚠️ Worker ended CV parsing, CV unreadable",
        (e, f) -> f.cv(e.cv()).user(e.user()).reason(e.reason()).duration(e.duration()));
    worker(WorkerEvent.JobRetrying.class, Level.WARN, "🔁 Worker job failed, retrying",
        (e, f) -> f.cv(e.cv()).user(e.user()).attemptOf(e.attempt(), e.maxAttempts())
            .retryIn(e.retryAt()).duration(e.duration()), WorkerEvent.JobRetrying::cause);
    // WARN, not ERROR: nothing is wrong with the CV, but a parse was cut short and is redone.
    worker(WorkerEvent.JobReleased.class, Level.WARN, "⏸️ Worker job interrupted, handed back",
        (e, f) -> f.cv(e.cv()).user(e.user()).attemptIfRepeated(e.attempt())
            .duration(e.duration()));
    worker(WorkerEvent.JobLeftLeased.class, Level.WARN,
        "🔁 Worker job failed, back when its lease runs out",
        (e, f) -> f.cv(e.cv()).user(e.user()).attemptOf(e.attempt(), e.maxAttempts())
            .retryIn(e.leaseEndsAt()).duration(e.duration()), WorkerEvent.JobLeftLeased::cause);
    worker(WorkerEvent.JobDeadLettered.class, Level.ERROR, "❌ Worker job dead-lettered",
        (e, f) -> f.cv(e.cv()).user(e.user()).count("attempts", e.attempts())
            .duration(e.duration()), WorkerEvent.JobDeadLettered::cause);
    // WARN: the first failed lease of a run; the run turns into an ERROR as "Worker unhealthy".
    worker(WorkerEvent.QueueUnavailable.class, Level.WARN,
        "🔌 Worker cannot lease from the queue, polling on",
        (e, f) -> f.worker(e.workerId()).queue(e.queue()), WorkerEvent.QueueUnavailable::cause);
    worker(WorkerEvent.WorkerUnhealthy.class, Level.ERROR, "🚨 Worker unhealthy",
        (e, f) -> f.worker(e.workerId()).count("consecutive_failures", e.consecutiveFailures())
            .pause(e.pause()));
    worker(WorkerEvent.WorkerRecovered.class, Level.INFO, "💚 Worker recovered",
        (e, f) -> f.worker(e.workerId()).count("failures_before", e.failuresBefore()));
  }

  private void registerJobEvents() {
    job(JobEvent.JobOperationStarted.class, Level.INFO, "🗂️ Job operation started",
        (e, f) -> f.operation(e.operation()).job(e.job()).user(e.user()));
    job(JobEvent.JobCreated.class, Level.INFO, "✅ Job created",
        (e, f) -> f.job(e.job()).user(e.user()).count("requirements", e.requirements())
            .duration(e.duration()));
    job(JobEvent.JobUpdated.class, Level.INFO, "✏️ Job updated",
        (e, f) -> f.job(e.job()).user(e.user()).count("requirements", e.requirements())
            .duration(e.duration()));
    job(JobEvent.JobDeleted.class, Level.INFO, "🗑️ Job deleted",
        (e, f) -> f.job(e.job()).user(e.user()).duration(e.duration()));
    job(JobEvent.JobRejected.class, Level.WARN, "⚠️ Job operation rejected",
        (e, f) -> f.operation(e.operation()).job(e.job()).user(e.user()).reason(e.reason())
            .duration(e.duration()));
    job(JobEvent.JobOperationFailed.class, Level.ERROR, "❌ Job operation failed",
        (e, f) -> f.operation(e.operation()).job(e.job()).user(e.user())
            .duration(e.duration()), JobEvent.JobOperationFailed::cause);
  }

  /** Match lines follow the seed: {@code |= "Match analysis complete"} and {@code cost=$}. */
  private void registerMatchEvents() {
    match(MatchEvent.MatchRequested.class, Level.INFO, "🔍 Match analysis requested",
        (e, f) -> f.cv(e.cv()).job(e.job()).user(e.user()));
    match(MatchEvent.CachedMatchReturned.class, Level.INFO, "💾 Returning cached match",
        (e, f) -> f.cv(e.cv()).job(e.job()).score(e.score()).age(e.age())
            .userJsonOnly(e.user()).versionJsonOnly(e.version())
            .durationJsonOnly(e.duration()));
    match(MatchEvent.CacheMissed.class, Level.INFO, "🔎 Match cache miss",
        (e, f) -> f.cv(e.cv()).job(e.job()).version(e.version()));
    match(MatchEvent.MatchCacheUnreadable.class, Level.WARN,
        "⚠️ Match cache unreadable, treated as a miss",
        (e, f) -> f.cv(e.cv()).job(e.job()).version(e.version()),
        MatchEvent.MatchCacheUnreadable::cause);
    match(MatchEvent.AiAnalysisStarted.class, Level.INFO, "🤖 Starting AI match analysis",
        (e, f) -> f.cv(e.cv()).job(e.job()));
    match(MatchEvent.MatcherChosen.class, Level.INFO, "🚀 Using Matcher",
        (e, f) -> f.versionInHeadline(e.version()).cv(e.cv()).job(e.job()).model(e.model()));
    match(MatchEvent.MatcherFellBack.class, Level.WARN, "⚠️ Matcher unavailable, falling back",
        (e, f) -> f.cv(e.cv()).job(e.job()).from(e.from()).to(e.to()).reason(e.reason()));
    match(MatchEvent.MatchCompleted.class, Level.INFO, "✅ Match analysis complete",
        (e, f) -> f.cv(e.cv()).job(e.job()).score(e.score()).version(e.version())
            .tokens(e.usage()).cost(e.usage()).duration(e.duration()).model(e.model())
            .userJsonOnly(e.user()));
    match(MatchEvent.MatchCached.class, Level.INFO, "💾 Match score cached",
        (e, f) -> f.cv(e.cv()).job(e.job()).score(e.score()).expiresIn(e.expiresIn()));
    match(MatchEvent.MatchCacheFailed.class, Level.WARN, "⚠️ Match score not cached",
        (e, f) -> f.cv(e.cv()).job(e.job()), MatchEvent.MatchCacheFailed::cause);
    match(MatchEvent.MatchRejected.class, Level.WARN, "⚠️ Match analysis rejected",
        (e, f) -> f.cv(e.cv()).job(e.job()).user(e.user()).reason(e.reason())
            .status(e.cvStatus()).duration(e.duration()));
    match(MatchEvent.MatchFailed.class, Level.ERROR, "❌ Match analysis failed",
        (e, f) -> f.cv(e.cv()).job(e.job()).user(e.user()).duration(e.duration()),
        MatchEvent.MatchFailed::cause);
  }

  private void registerRetentionEvents() {
    register(new EventRendering<>(RetentionEvent.PruneStarted.class, RETENTION_LOGGER,
        Level.INFO, "🧹 Pruning expired records", (e, f) -> {}));
    register(new EventRendering<>(RetentionEvent.RecordsPruned.class, RETENTION_LOGGER,
        Level.INFO, "✅ Expired records pruned", (e, f) -> f
            .count("sessions", e.pruned().sessions())
            .count("login_failures", e.pruned().loginFailures())
            .count("match_results", e.pruned().matchResults())
            .count("parse_jobs", e.pruned().parseJobs())
            .count("orphaned_files", e.pruned().orphanedFiles())
            .duration(e.duration())));
    register(new EventRendering<>(RetentionEvent.PruneFailed.class, RETENTION_LOGGER,
        Level.ERROR, "❌ Pruning expired records failed", (e, f) -> f.duration(e.duration()),
        e -> Optional.of(e.cause())));
  }

  private <E extends JobEvent> void job(
      Class<E> type, Level level, String headline, BiConsumer<E, EventFields> fields) {
    register(new EventRendering<>(type, JOB_LOGGER, level, headline, fields));
  }

  private <E extends JobEvent> void job(Class<E> type, Level level, String headline,
      BiConsumer<E, EventFields> fields, Function<E, Throwable> cause) {
    register(new EventRendering<>(type, JOB_LOGGER, level, headline, fields,
        event -> Optional.of(cause.apply(event))));
  }

  private <E extends MatchEvent> void match(
      Class<E> type, Level level, String headline, BiConsumer<E, EventFields> fields) {
    register(new EventRendering<>(type, MATCH_LOGGER, level, headline, fields));
  }

  private <E extends MatchEvent> void match(Class<E> type, Level level, String headline,
      BiConsumer<E, EventFields> fields, Function<E, Throwable> cause) {
    register(new EventRendering<>(type, MATCH_LOGGER, level, headline, fields,
        event -> Optional.of(cause.apply(event))));
  }

  private <E extends AuthEvent> void auth(
      Class<E> type, Level level, String headline, BiConsumer<E, EventFields> fields) {
    register(new EventRendering<>(type, AUTH_LOGGER, level, headline, fields));
  }

  private <E extends AuthEvent> void auth(Class<E> type, Level level, String headline,
      BiConsumer<E, EventFields> fields, Function<E, Throwable> cause) {
    register(new EventRendering<>(type, AUTH_LOGGER, level, headline, fields,
        event -> Optional.of(cause.apply(event))));
  }

  private <E extends CvEvent> void cv(
      Class<E> type, Level level, String headline, BiConsumer<E, EventFields> fields) {
    register(new EventRendering<>(type, CV_LOGGER, level, headline, fields));
  }

  private <E extends CvEvent> void cv(Class<E> type, Level level, String headline,
      BiConsumer<E, EventFields> fields, Function<E, Throwable> cause) {
    register(new EventRendering<>(type, CV_LOGGER, level, headline, fields,
        event -> Optional.of(cause.apply(event))));
  }

  private <E extends ParseEvent> void parse(
      Class<E> type, Level level, String headline, BiConsumer<E, EventFields> fields) {
    register(new EventRendering<>(type, PARSE_LOGGER, level, headline, fields));
  }

  private <E extends WorkerEvent> void worker(
      Class<E> type, Level level, String headline, BiConsumer<E, EventFields> fields) {
    register(new EventRendering<>(type, WORKER_LOGGER, level, headline, fields));
  }

  private <E extends WorkerEvent> void worker(Class<E> type, Level level, String headline,
      BiConsumer<E, EventFields> fields, Function<E, Throwable> cause) {
    register(new EventRendering<>(type, WORKER_LOGGER, level, headline, fields,
        event -> Optional.of(cause.apply(event))));
  }

  private void register(EventRendering<?> rendering) {
    if (renderings.putIfAbsent(rendering.type(), rendering) != null) {
      throw new IllegalStateException("two renderings for " + rendering.type().getName());
    }
  }
}
