package com.tailorjob.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.tailorjob.adapters.http.Health;
import com.tailorjob.adapters.http.HealthCheck;
import com.tailorjob.adapters.http.HttpApi;
import com.tailorjob.adapters.http.HttpSettings;
import com.tailorjob.adapters.http.HttpUseCases;
import com.tailorjob.adapters.persistence.migration.DatabaseMigrations;
import com.tailorjob.adapters.persistence.worker.PollingParseWorker;
import com.tailorjob.application.auth.Authenticate;
import com.tailorjob.application.auth.LogIn;
import com.tailorjob.application.auth.LogOut;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.cv.DeleteCv;
import com.tailorjob.application.cv.FindCvs;
import com.tailorjob.application.cv.ShowCv;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.application.match.AnalyzeMatch;
import com.tailorjob.application.match.ShowUsage;
import com.tailorjob.application.notification.Notifications;
import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.TextExtractor;
import com.tailorjob.application.retention.PruneExpiredRecords;
import com.tailorjob.application.worker.ParseWorker;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import com.tailorjob.bootstrap.embedded.EmbeddedDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: its database (embedded or external), the wired use cases, and the HTTP
 * API and parse worker the mode asks for. Closing stops them in the reverse order of start.
 */
public final class Service implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Service.class);
  private static final int HEALTH_TIMEOUT_SECONDS = 2;

  private final Deque<AutoCloseable> started;
  private final Injector injector;
  private final Optional<Integer> httpPort;

  private Service(Deque<AutoCloseable> started, Injector injector, Optional<Integer> httpPort) {
    this.started = started;
    this.injector = injector;
    this.httpPort = httpPort;
  }

  public static Service start(TailorJobConfig config, Observability observability) {
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      DataSource dataSource = dataSource(config, started);
      DatabaseMigrations.migrate(dataSource);
      Injector injector = Guice.createInjector(
          new TailorJobModule(config, observability), new DataSourceModule(dataSource));
      // Built here, so that a store that cannot be used stops the start once, right away.
      ObjectStorage storage = injector.getInstance(ObjectStorage.class);
      started.push(() -> closeIfCloseable(storage));

      started.push(() -> closeIfCloseable(injector.getInstance(TextExtractor.class)));

      started.push(PruningSchedule.start(injector.getInstance(PruneExpiredRecords.class),
          config.retention().pruneInterval()));

      if (config.mode().runsWorker()) {
        started.push(startWorker(config, injector));
      }
      Optional<Integer> port = Optional.empty();
      if (config.mode().servesHttp()) {
        port = Optional.of(startHttp(config, injector, dataSource, started));
      }
      return new Service(started, injector, port);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  /** The port the API listens on, when this process serves HTTP. */
  public Optional<Integer> httpPort() {
    return httpPort;
  }

  Injector injector() {
    return injector;
  }

  @Override
  public void close() {
    closeAll(started);
  }

  private static int startHttp(
      TailorJobConfig config, Injector injector, DataSource dataSource,
      Deque<AutoCloseable> started) {
    HttpSettings settings = new HttpSettings(config.http().host(), config.http().port(),
        config.uploads().maxBytes(), config.dataDirectory().resolve("uploads"),
        config.http().trustedProxies());
    HttpUseCases useCases = new HttpUseCases(
        injector.getInstance(RegisterUser.class),
        injector.getInstance(LogIn.class),
        injector.getInstance(LogOut.class),
        injector.getInstance(Authenticate.class),
        injector.getInstance(UploadCv.class),
        injector.getInstance(FindCvs.class),
        injector.getInstance(ShowCv.class),
        injector.getInstance(DeleteCv.class),
        injector.getInstance(Notifications.class),
        injector.getInstance(ManageJobs.class),
        injector.getInstance(AnalyzeMatch.class),
        injector.getInstance(ShowUsage.class));
    HttpApi api = new HttpApi(useCases, injector.getInstance(IdGenerator.class),
        databaseHealth(dataSource), settings);
    int port = api.start();
    started.push(api);
    LOG.info("TailorJob API listening on port {}", port);
    return port;
  }

  static AutoCloseable startWorker(TailorJobConfig config, Injector injector) {
    TailorJobConfig.Parsing parsing = config.parsing();
    PollingParseWorker worker = new PollingParseWorker(injector.getInstance(ParseWorker.class),
        parsing.workerThreads(), parsing.pollInterval(), parsing.shutdownGrace());
    worker.start();
    return worker;
  }

  private static DataSource dataSource(TailorJobConfig config, Deque<AutoCloseable> started) {
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("tailorjob");
    pool.setMaximumPoolSize(config.database().poolSize());
    // pgjdbc copies the server's DETAIL into exception messages ("Key (email)=(...) already
    // exists", "Failing row contains (...)"), and failure events log those messages. The
    // details stay readable to code through PSQLException.getServerErrorMessage().
    pool.addDataSourceProperty("logServerErrorDetail", "false");
    if (config.database().embedded()) {
      EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDirectory());
      started.push(embedded);
      pool.setJdbcUrl(embedded.jdbcUrl());
      pool.setUsername("postgres");
    } else {
      pool.setJdbcUrl(config.database().url().orElseThrow());
      pool.setUsername(config.database().user());
      pool.setPassword(config.database().password());
    }
    HikariDataSource dataSource = new HikariDataSource(pool);
    started.push(dataSource);
    return dataSource;
  }

  private static HealthCheck databaseHealth(DataSource dataSource) {
    return () -> {
      try (Connection connection = dataSource.getConnection()) {
        boolean valid = connection.isValid(HEALTH_TIMEOUT_SECONDS);
        return valid ? Health.up(Map.of("database", "up"))
            : Health.down(Map.of("database", "down"));
      } catch (SQLException e) {
        return Health.down(Map.of("database", "down"));
      }
    };
  }

  private static void closeIfCloseable(Object component) throws Exception {
    if (component instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  private static void closeAll(Deque<AutoCloseable> started) {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        LOG.warn("a component did not stop cleanly", e);
      }
    }
  }

  static final class DataSourceModule extends AbstractModule {

    private final DataSource dataSource;

    DataSourceModule(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    protected void configure() {
      bind(DataSource.class).toInstance(dataSource);
    }
  }
}
