package com.tailorjob.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.tailorjob.adapters.ai.extraction.CvTextExtractor;
import com.tailorjob.adapters.ai.matching.KeywordRequirementExtractor;
import com.tailorjob.adapters.ai.matching.LocalMatcher;
import com.tailorjob.adapters.ai.matching.SkillVocabulary;
import com.tailorjob.adapters.ai.sections.HeuristicSectionExtractor;
import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.security.Argon2PasswordHasher;
import com.tailorjob.application.auth.SessionLifetime;
import com.tailorjob.application.match.AnalyzeMatch;
import com.tailorjob.application.match.MatchCachePolicy;
import com.tailorjob.application.parse.ParseCv;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.ExpiredRecords;
import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.application.port.out.JobRepository;
import com.tailorjob.application.port.out.LoginFailureLog;
import com.tailorjob.application.port.out.MatchCache;
import com.tailorjob.application.port.out.Matcher;
import com.tailorjob.application.port.out.NotificationRepository;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.application.port.out.PendingFileRemovals;
import com.tailorjob.application.port.out.RequirementExtractor;
import com.tailorjob.application.port.out.SectionExtractor;
import com.tailorjob.application.port.out.SessionRepository;
import com.tailorjob.application.port.out.TextExtractor;
import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.application.port.out.UserRepository;
import com.tailorjob.application.support.SecureRandomIds;
import com.tailorjob.application.worker.ParseWorker;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.match.MatcherSelection;
import com.tailorjob.domain.retention.RetentionPolicy;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import jakarta.inject.Named;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Wires the use cases to their adapters for applications that use Guice. The host binds a
 * {@link DataSource}; everything else comes from the configuration given here.
 */
public final class TailorJobModule extends AbstractModule {

  private final TailorJobConfig config;
  private final Observability observability;

  /**
   * @param observability where events go: the log4j2 adapter in the service, or anything an
   *     embedding application prefers, {@link Observability#none()} included
   */
  public TailorJobModule(TailorJobConfig config, Observability observability) {
    this.config = config;
    this.observability = observability;
  }

  @Override
  protected void configure() {
    bind(TailorJobConfig.class).toInstance(config);
    bind(Observability.class).toInstance(observability);
    // PostgreSQL keeps instants to the microsecond: a clock of the same precision makes what a
    // use case returns equal what is read back later (an upload and its duplicate agree).
    bind(Clock.class)
        .toInstance(Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS)));
    bind(IdGenerator.class).to(SecureRandomIds.class);
    bind(UploadLimits.class).toInstance(config.uploads());
    bind(LoginThrottlePolicy.class).toInstance(config.accounts().throttle());
    bind(SessionLifetime.class)
        .toInstance(new SessionLifetime(config.accounts().sessionLifetime()));
    bind(MatcherSelection.class).toInstance(config.matching().selection());
    bind(MatchCachePolicy.class).toInstance(new MatchCachePolicy(config.matching().cacheTtl()));
    bind(RetentionPolicy.class).toInstance(config.retention().policy());
  }

  @Provides
  @Singleton
  SecureRandomIds ids() {
    return new SecureRandomIds();
  }

  @Provides
  @Singleton
  PersistenceAdapters persistence(DataSource dataSource, Clock clock) {
    return PersistenceAdapters.create(dataSource, clock);
  }

  @Provides
  UserRepository users(PersistenceAdapters persistence) {
    return persistence.users();
  }

  @Provides
  SessionRepository sessions(PersistenceAdapters persistence) {
    return persistence.sessions();
  }

  @Provides
  LoginFailureLog loginFailures(PersistenceAdapters persistence) {
    return persistence.loginFailures();
  }

  @Provides
  CvRepository cvs(PersistenceAdapters persistence) {
    return persistence.cvs();
  }

  @Provides
  ParseQueue parseQueue(PersistenceAdapters persistence) {
    return persistence.parseQueue();
  }

  @Provides
  CvParseResults parseResults(PersistenceAdapters persistence) {
    return persistence.parseResults();
  }

  @Provides
  NotificationRepository notifications(PersistenceAdapters persistence) {
    return persistence.notifications();
  }

  @Provides
  JobRepository jobs(PersistenceAdapters persistence) {
    return persistence.jobs();
  }

  @Provides
  MatchCache matchCache(PersistenceAdapters persistence) {
    return persistence.matchCache();
  }

  @Provides
  UsageLedger usageLedger(PersistenceAdapters persistence) {
    return persistence.usageLedger();
  }

  @Provides
  ExpiredRecords expiredRecords(PersistenceAdapters persistence) {
    return persistence.expiredRecords();
  }

  @Provides
  PendingFileRemovals pendingFileRemovals(PersistenceAdapters persistence) {
    return persistence.pendingFileRemovals();
  }

  @Provides
  @Singleton
  SkillVocabulary skillVocabulary() {
    return config.matching().synonymsFile()
        .map(SkillVocabulary::standardWith)
        .orElseGet(SkillVocabulary::standard);
  }

  @Provides
  @Singleton
  RequirementExtractor requirementExtractor(SkillVocabulary vocabulary) {
    return new KeywordRequirementExtractor(vocabulary);
  }

  @Provides
  @Singleton
  LocalMatcher localMatcher(SkillVocabulary vocabulary, Clock clock) {
    return new LocalMatcher(vocabulary, clock);
  }

  @Provides
  @Named(AnalyzeMatch.LOCAL)
  Matcher v30(LocalMatcher local) {
    return local;
  }

  /** One instance: it holds the in-process embedding model and the provider's breaker. */
  @Provides
  @Singleton
  @Named(AnalyzeMatch.AI)
  Matcher v51(LocalMatcher local) {
    return MatcherFactory.aiMatcher(config.matching(), local);
  }

  @Provides
  @Singleton
  PasswordHasher passwordHasher() {
    return Argon2PasswordHasher.recommended();
  }

  @Provides
  @Singleton
  ObjectStorage objectStorage() {
    return StorageFactory.create(config.storage());
  }

  @Provides
  @Singleton
  TextExtractor textExtractor() {
    return new CvTextExtractor(config.parsing().limits());
  }

  @Provides
  @Singleton
  SectionExtractor sectionExtractor() {
    return new HeuristicSectionExtractor();
  }

  @Provides
  @Singleton
  ParseWorker parseWorker(
      ParseQueue queue, ParseCv parseCv, CvParseResults results,
      NotificationRepository notifications, IdGenerator ids, Clock clock) {
    return new ParseWorker(queue, parseCv, results, notifications, ids, observability, clock,
        config.parsing().policy(), workerId());
  }

  /** Host and process id, so operators can tell which machine holds a lease. */
  private static String workerId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
    return host + "-" + pid;
  }
}
