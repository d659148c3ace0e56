package com.tailorjob.bootstrap.config;

import com.tailorjob.adapters.http.HttpSettings;
import com.tailorjob.adapters.persistence.storage.S3StorageSettings;
import com.tailorjob.application.worker.WorkerPolicy;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.match.MatcherSelection;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.parse.ExtractionLimits;
import com.tailorjob.domain.retention.RetentionPolicy;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every setting of the service, typed and checked; see the README for the full table. */
public record TailorJobConfig(
    Mode mode,
    Path dataDirectory,
    Http http,
    Database database,
    Storage storage,
    UploadLimits uploads,
    Accounts accounts,
    Parsing parsing,
    Matching matching,
    Retention retention,
    Logging logging) {

  /**
   * With the few seconds an interrupted parse takes to hand its job back, a stop fits in the
   * 30 seconds a platform such as Kubernetes gives before it kills the process.
   */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);

  /** Which parts run in this process: the API, the parse worker, or both. */
  public enum Mode {
    ALL,
    API,
    WORKER;

    public boolean servesHttp() {
      return this != WORKER;
    }

    public boolean runsWorker() {
      return this != API;
    }
  }

  /**
   * Where the API listens; {@code trustedProxies} counts the reverse proxies in front of it whose
   * {@code X-Forwarded-For} entries are believed.
   */
  public record Http(String host, int port, int trustedProxies) {}

  /** An empty URL means the embedded PostgreSQL under the data directory. */
  public record Database(Optional<String> url, String user, String password, int poolSize) {

    public boolean embedded() {
      return url.isEmpty();
    }

    @Override
    public String toString() {
      return "Database[url=" + url.orElse("embedded") + ", user=" + user + "]";
    }
  }

  public enum StorageKind {
    FILESYSTEM,
    S3
  }

  public enum ChecksumMode {
    WHEN_SUPPORTED,
    WHEN_REQUIRED
  }

  public record S3(
      String bucket,
      String region,
      Optional<String> endpoint,
      boolean pathStyle,
      Optional<String> accessKeyId,
      Optional<String> secretAccessKey,
      ChecksumMode checksumMode,
      long multipartThresholdBytes) {

    @Override
    public String toString() {
      return "S3[bucket=" + bucket + ", region=" + region + ", endpoint=" + endpoint + "]";
    }
  }

  public record Storage(StorageKind kind, Path directory, Optional<S3> s3) {}

  public record Accounts(Duration sessionLifetime, LoginThrottlePolicy throttle) {}

  /**
   * The parse worker: how it reads files, leases jobs, retries and backs off, and how long a
   * stop waits for parses in progress before it interrupts them (which hands their jobs back).
   */
  public record Parsing(
      ExtractionLimits limits,
      WorkerPolicy policy,
      int workerThreads,
      Duration pollInterval,
      Duration shutdownGrace) {}

  /** Matching: which matcher users get, how long results are cached, the AI provider. */
  public record Matching(
      MatcherSelection selection,
      Duration cacheTtl,
      Optional<Path> synonymsFile,
      Optional<Chat> chat,
      Map<String, Price> prices) {}

  /** An OpenAI-compatible chat endpoint; the key never prints. */
  public record Chat(
      URI baseUrl, Optional<String> apiKey, String model, Duration timeout, int maxRetries) {

    @Override
    public String toString() {
      return "Chat[baseUrl=" + baseUrl + ", model=" + model + "]";
    }
  }

  /** US dollars per million input and output tokens of one model. */
  public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {}

  /** Pruning of records that have outlived their use, and how often it runs. */
  public record Retention(RetentionPolicy policy, Duration pruneInterval) {}

  public record Logging(
      Path jsonFile, boolean text, String env, boolean hashFilenames, String level,
      int ringBufferSize) {}

  public static TailorJobConfig fromEnvironment() {
    return from(Settings.load(System.getenv()));
  }

  public static TailorJobConfig from(Map<String, String> environment) {
    return from(Settings.of(environment));
  }

  public static TailorJobConfig from(Settings settings) {
    Path data = Path.of(settings.text("TAILORJOB_DATA_DIR", "data"));
    Accounts accounts = accounts(settings);
    return new TailorJobConfig(
        settings.choice("TAILORJOB_MODE", Mode.class, Mode.ALL),
        data,
        http(settings),
        database(settings),
        storage(settings, data),
        new UploadLimits(settings.positiveLong(
            "TAILORJOB_UPLOAD_MAX_BYTES", UploadLimits.DEFAULT_MAX_BYTES)),
        accounts,
        parsing(settings),
        matching(settings),
        retention(settings, accounts),
        logging(settings));
  }

  private static Http http(Settings settings) {
    return new Http(
        settings.text("TAILORJOB_HTTP_HOST", "0.0.0.0"),
        settings.integer("TAILORJOB_HTTP_PORT", 8080, 0, 65_535),
        settings.integer("TAILORJOB_HTTP_TRUSTED_PROXIES", 0, 0,
            HttpSettings.MAX_TRUSTED_PROXIES));
  }

  private static Database database(Settings settings) {
    return new Database(
        settings.optional("TAILORJOB_DATABASE_URL").map(TailorJobConfig::jdbcUrl),
        settings.text("TAILORJOB_DATABASE_USER", "postgres"),
        settings.text("TAILORJOB_DATABASE_PASSWORD", ""),
        settings.integer("TAILORJOB_DATABASE_POOL_SIZE", 10, 1, 200));
  }

  private static String jdbcUrl(String url) {
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new ConfigurationException(
          "TAILORJOB_DATABASE_URL must be a jdbc:postgresql: URL");
    }
    return url;
  }

  private static Storage storage(Settings settings, Path data) {
    StorageKind kind =
        settings.choice("TAILORJOB_STORAGE", StorageKind.class, StorageKind.FILESYSTEM);
    Path directory = Path.of(
        settings.text("TAILORJOB_STORAGE_DIR", data.resolve("objects").toString()));
    Optional<S3> s3 = kind == StorageKind.S3 ? Optional.of(s3(settings)) : Optional.empty();
    return new Storage(kind, directory, s3);
  }

  private static S3 s3(Settings settings) {
    String bucket = settings.optional("TAILORJOB_S3_BUCKET").orElseThrow(() ->
        new ConfigurationException("TAILORJOB_S3_BUCKET is required when TAILORJOB_STORAGE=s3"));
    Optional<String> keyId = settings.optional("TAILORJOB_S3_ACCESS_KEY_ID");
    Optional<String> secret = settings.optional("TAILORJOB_S3_SECRET_ACCESS_KEY");
    if (keyId.isPresent() != secret.isPresent()) {
      throw new ConfigurationException("TAILORJOB_S3_ACCESS_KEY_ID and "
          + "TAILORJOB_S3_SECRET_ACCESS_KEY must be set together, or both left unset");
    }
    return new S3(
        bucket,
        settings.text("TAILORJOB_S3_REGION", "us-east-1"),
        s3Endpoint(settings),
        settings.flag("TAILORJOB_S3_PATH_STYLE", false),
        keyId,
        secret,
        settings.choice("TAILORJOB_S3_CHECKSUM_MODE", ChecksumMode.class,
            ChecksumMode.WHEN_SUPPORTED),
        settings.positiveLong("TAILORJOB_S3_MULTIPART_THRESHOLD_BYTES", 16L * 1024 * 1024));
  }

  /** Checked here, so that a wrong endpoint stops the start naming the setting. */
  private static Optional<String> s3Endpoint(Settings settings) {
    Optional<String> endpoint = settings.optional("TAILORJOB_S3_ENDPOINT");
    endpoint.ifPresent(TailorJobConfig::requireHttpUrl);
    return endpoint;
  }

  private static void requireHttpUrl(String endpoint) {
    try {
      S3StorageSettings.requireHttpUrl(new URI(endpoint));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new ConfigurationException(
          "TAILORJOB_S3_ENDPOINT must be an http(s) URL with a host, such as http://minio:9000");
    }
  }

  private static Accounts accounts(Settings settings) {
    LoginThrottlePolicy standard = LoginThrottlePolicy.standard();
    return new Accounts(
        settings.duration("TAILORJOB_SESSION_TTL", Duration.ofHours(12)),
        new LoginThrottlePolicy(
            settings.integer("TAILORJOB_LOGIN_MAX_FAILURES_PER_ACCOUNT",
                standard.maxPerAccount(), 1, 1000),
            settings.integer("TAILORJOB_LOGIN_MAX_FAILURES_PER_ADDRESS",
                standard.maxPerAddress(), 1, 100_000),
            settings.duration("TAILORJOB_LOGIN_FAILURE_WINDOW", standard.window())));
  }

  private static Retention retention(Settings settings, Accounts accounts) {
    RetentionPolicy policy = new RetentionPolicy(accounts.throttle().window(),
        settings.duration("TAILORJOB_PARSE_JOB_RETENTION",
            RetentionPolicy.DEFAULT_FINISHED_PARSE_JOBS));
    return new Retention(policy,
        settings.duration("TAILORJOB_PRUNE_INTERVAL", Duration.ofHours(1)));
  }

  private static Parsing parsing(Settings settings) {
    ExtractionLimits limits = new ExtractionLimits(
        settings.integer("TAILORJOB_PARSE_MAX_PAGES", 50, 1, 10_000),
        settings.integer("TAILORJOB_PARSE_MAX_CHARACTERS", 500_000, 1_000, 50_000_000),
        settings.duration("TAILORJOB_PARSE_TIMEOUT", Duration.ofSeconds(30)));
    WorkerPolicy standard = WorkerPolicy.standard();
    Duration lease = settings.duration("TAILORJOB_WORKER_LEASE", standard.leaseTime());
    if (lease.compareTo(limits.timeout()) <= 0) {
      throw new ConfigurationException(
          "TAILORJOB_WORKER_LEASE must be longer than TAILORJOB_PARSE_TIMEOUT");
    }
    WorkerPolicy policy = new WorkerPolicy(
        settings.integer("TAILORJOB_WORKER_MAX_ATTEMPTS", standard.maxAttempts(), 1, 100),
        settings.duration("TAILORJOB_WORKER_RETRY_BACKOFF", standard.retryBackoff()),
        settings.duration("TAILORJOB_WORKER_MAX_RETRY_BACKOFF", standard.maxRetryBackoff()),
        lease,
        settings.integer("TAILORJOB_WORKER_UNHEALTHY_AFTER", standard.unhealthyAfter(), 1, 1000),
        settings.duration("TAILORJOB_WORKER_UNHEALTHY_PAUSE", standard.unhealthyPause()));
    return new Parsing(limits, policy,
        settings.integer("TAILORJOB_WORKER_THREADS", 2, 1, 64),
        settings.duration("TAILORJOB_WORKER_POLL_INTERVAL", Duration.ofSeconds(1)),
        settings.duration("TAILORJOB_WORKER_SHUTDOWN_GRACE", DEFAULT_SHUTDOWN_GRACE));
  }

  private static Matching matching(Settings settings) {
    MatcherVersion version;
    try {
      version = MatcherVersion.fromLabel(
          settings.text("TAILORJOB_MATCHER_DEFAULT_VERSION", MatcherVersion.V3_0.label()));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("TAILORJOB_MATCHER_DEFAULT_VERSION must be v3.0 or v5.1");
    }
    MatcherSelection selection = new MatcherSelection(version,
        settings.integer("TAILORJOB_MATCHER_AI_ROLLOUT_PERCENT", 0, 0, 100));
    return new Matching(
        selection,
        settings.duration("TAILORJOB_MATCH_CACHE_TTL", Duration.ofDays(7)),
        settings.optional("TAILORJOB_SKILL_SYNONYMS_FILE").map(Path::of),
        chat(settings),
        prices(settings.optional("TAILORJOB_LLM_PRICES").orElse("")));
  }

  private static Optional<Chat> chat(Settings settings) {
    Optional<String> baseUrl = settings.optional("TAILORJOB_LLM_BASE_URL");
    if (baseUrl.isEmpty()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = URI.create(baseUrl.get());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("TAILORJOB_LLM_BASE_URL must be a URL");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new ConfigurationException("TAILORJOB_LLM_BASE_URL must be an http or https URL");
    }
    String model = settings.optional("TAILORJOB_LLM_MODEL").orElseThrow(() ->
        new ConfigurationException("TAILORJOB_LLM_MODEL is required with TAILORJOB_LLM_BASE_URL"));
    return Optional.of(new Chat(uri, settings.optional("TAILORJOB_LLM_API_KEY"), model,
        settings.duration("TAILORJOB_LLM_TIMEOUT", Duration.ofSeconds(30)),
        settings.integer("TAILORJOB_LLM_MAX_RETRIES", 2, 0, 10)));
  }

  /** Reads {@code model=input/output} pairs, comma separated, in dollars per million tokens. */
  static Map<String, Price> prices(String table) {
    Map<String, Price> prices = new LinkedHashMap<>();
    for (String entry : table.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] modelAndPrices = entry.split("=", 2);
      String[] inputAndOutput = modelAndPrices.length == 2
          ? modelAndPrices[1].split("/", 2)
          : new String[0];
      try {
        if (inputAndOutput.length != 2) {
          throw new NumberFormatException();
        }
        prices.put(modelAndPrices[0].strip(), new Price(
            new BigDecimal(inputAndOutput[0].strip()), new BigDecimal(inputAndOutput[1].strip())));
      } catch (NumberFormatException e) {
        throw new ConfigurationException("TAILORJOB_LLM_PRICES must look like "
            + "'gpt-4o-mini=0.15/0.60,other-model=1/2' (dollars per million input/output tokens)");
      }
    }
    return prices;
  }

  private static Logging logging(Settings settings) {
    return new Logging(
        Path.of(settings.text("TAILORJOB_LOG_JSON_FILE", "logs/tailorjob.json")),
        settings.flag("TAILORJOB_LOG_TEXT", true),
        settings.text("TAILORJOB_ENV", "local"),
        settings.flag("TAILORJOB_LOG_HASH_FILENAMES", false),
        settings.text("TAILORJOB_LOG_LEVEL", "INFO"),
        settings.integer("TAILORJOB_LOG_RING_BUFFER_SIZE", 262_144, 128, 1 << 24));
  }
}
