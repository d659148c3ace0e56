package com.tailorjob.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tailorjob.application.auth.Authenticate;
import com.tailorjob.application.auth.LogIn;
import com.tailorjob.application.auth.LogOut;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.auth.SessionLifetime;
import com.tailorjob.application.cv.DeleteCv;
import com.tailorjob.application.cv.FindCvs;
import com.tailorjob.application.cv.ShowCv;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.application.match.AnalyzeMatch;
import com.tailorjob.application.match.MatchCachePolicy;
import com.tailorjob.application.match.ShowUsage;
import com.tailorjob.application.notification.Notifications;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.RequirementExtractor;
import com.tailorjob.application.port.out.UsageLedger;
import com.tailorjob.application.testing.InMemoryAccounts;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryMatching;
import com.tailorjob.application.testing.InMemoryObjectStorage;
import com.tailorjob.application.testing.InMemoryParsing;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.match.MatcherSelection;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ParseQuality;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import com.tailorjob.domain.user.UserId;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The HTTP API on a free port, wired to the real use cases over in-memory ports, so a test can
 * reach behind the API to break storage, move the clock or read what was recorded.
 */
final class RunningApi implements AutoCloseable {

  static final String PASSWORD = "correct horse battery";

  /** Finds the few skills it knows in a description, in this order. */
  static final RequirementExtractor KNOWN_SKILLS = (title, description) ->
      List.of("java", "sql", "python", "kubernetes").stream()
          .filter(skill -> description.toLowerCase(Locale.ROOT).contains(skill))
          .toList();

  private static final ObjectMapper JSON = new ObjectMapper();

  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryCvRepository cvs = new InMemoryCvRepository();
  final InMemoryObjectStorage storage = new InMemoryObjectStorage();
  final InMemoryParsing parsing = new InMemoryParsing();
  final InMemoryMatching matching = new InMemoryMatching();
  final FakeMatcher localMatcher = FakeMatcher.local();
  final FakeMatcher aiMatcher = FakeMatcher.ai();
  final RecordingObservability events = new RecordingObservability();
  final MutableClock clock = MutableClock.atSomeMoment();
  final SequentialIds ids = new SequentialIds();
  final ApiClient client;

  private final HttpApi api;

  private RunningApi(Options options) {
    Observability observability = options.observability().apply(events);
    CvRepository cvRepository = options.cvRepository().apply(new ParseTrackingCvs(cvs, parsing));
    HttpUseCases useCases = new HttpUseCases(
        new RegisterUser(accounts.users(), InMemoryAccounts.fakeHasher(), ids, observability,
            clock),
        new LogIn(accounts.users(), accounts.sessions(), accounts.failures(),
            InMemoryAccounts.fakeHasher(), ids, observability, clock,
            LoginThrottlePolicy.standard(), SessionLifetime.standard()),
        new LogOut(accounts.sessions(), observability, clock),
        new Authenticate(accounts.sessions(), clock),
        new UploadCv(cvRepository, storage, cvs.pendingFileRemovals(), ids, observability,
            clock, new UploadLimits(options.maxUploadBytes())),
        new FindCvs(cvRepository),
        new ShowCv(cvRepository, parsing.results()),
        new DeleteCv(cvRepository, storage, cvs.pendingFileRemovals(), observability, clock),
        new Notifications(parsing.notificationRepository(), clock),
        new ManageJobs(matching.jobs(), KNOWN_SKILLS, ids, observability, clock),
        new AnalyzeMatch(cvRepository, parsing.results(), matching.jobs(), matching.cache(),
            matching.ledger(), localMatcher, aiMatcher,
            new MatcherSelection(MatcherVersion.V5_1, 0), MatchCachePolicy.standard(),
            observability, clock),
        new ShowUsage(options.usageLedger().apply(matching.ledger())));
    this.api = new HttpApi(useCases, ids, options.health(), HttpSettings.defaults()
        .withHost("127.0.0.1")
        .withPort(0)
        .withMaxUploadBytes(options.maxUploadBytes())
        .withMultipartTempDir(options.tempDir())
        .withTrustedProxies(options.trustedProxies()));
    this.client = new ApiClient(api.start());
  }

  static RunningApi start(Path tempDir) {
    return new RunningApi(Options.standard(tempDir));
  }

  static RunningApi start(Options options) {
    return new RunningApi(options);
  }

  /** Registers and logs in an account, returning its bearer token. */
  String tokenFor(String email) {
    String credentials = credentials(email, PASSWORD);
    client.postJson("/api/auth/register", credentials);
    return client.postJson("/api/auth/login", credentials).field("token");
  }

  /** The id of an account registered through the API. */
  UserId userId(String email) {
    return accounts.users().findByEmail(new Email(email)).orElseThrow().id();
  }

  /** Uploads a CV through the API and records its parse with these skills; returns its id. */
  String parsedCv(String token, String name, List<String> skills) {
    String id = client.uploadFile(token, name + ".pdf", SampleFiles.pdf(name)).field("id");
    CvSections sections =
        new CvSections(skills, List.of(), List.of(), List.of(), "", List.of());
    parsing.results().recordParsed(
        new CvId(id), new ParsedCv(sections, 1, ParseQuality.GOOD, clock.instant()));
    return id;
  }

  /** Creates a job through the API with these requirements; returns its id. */
  String job(String token, String title, List<String> requirements) {
    String body = json(Map.of("title", title, "company", "Acme",
        "description", "Build services.", "requirements", requirements));
    return client.postJson("/api/jobs", body, token).field("id");
  }

  static String json(Map<String, ?> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  @Override
  public void close() {
    api.close();
  }

  /** What a test may change about the wiring. */
  record Options(
      Path tempDir,
      long maxUploadBytes,
      HealthCheck health,
      UnaryOperator<Observability> observability,
      UnaryOperator<CvRepository> cvRepository,
      UnaryOperator<UsageLedger> usageLedger,
      int trustedProxies) {

    static Options standard(Path tempDir) {
      return new Options(tempDir, UploadLimits.DEFAULT_MAX_BYTES, HealthCheck.alwaysUp(),
          o -> o, r -> r, l -> l, 0);
    }

    Options withMaxUploadBytes(long max) {
      return new Options(tempDir, max, health, observability, cvRepository, usageLedger,
          trustedProxies);
    }

    Options withHealth(HealthCheck check) {
      return new Options(tempDir, maxUploadBytes, check, observability, cvRepository,
          usageLedger, trustedProxies);
    }

    Options withObservability(UnaryOperator<Observability> wrap) {
      return new Options(tempDir, maxUploadBytes, health, wrap, cvRepository, usageLedger,
          trustedProxies);
    }

    Options withCvRepository(UnaryOperator<CvRepository> wrap) {
      return new Options(tempDir, maxUploadBytes, health, observability, wrap, usageLedger,
          trustedProxies);
    }

    /** Replaces the ledger that usage is read from; analyses still record into the real one. */
    Options withUsageLedger(UnaryOperator<UsageLedger> wrap) {
      return new Options(tempDir, maxUploadBytes, health, observability, cvRepository, wrap,
          trustedProxies);
    }

    /** Puts this many reverse proxies, which append to X-Forwarded-For, in front of the API. */
    Options withTrustedProxies(int count) {
      return new Options(tempDir, maxUploadBytes, health, observability, cvRepository,
          usageLedger, count);
    }
  }
}
