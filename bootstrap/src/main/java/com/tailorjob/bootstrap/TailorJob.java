package com.tailorjob.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.tailorjob.adapters.persistence.migration.DatabaseMigrations;
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
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.retention.PruneExpiredRecords;
import com.tailorjob.application.worker.ParseWorker;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * TailorJob as a library: built from the host's own {@link DataSource} and configuration, it
 * migrates the schema and hands out the use cases, with no HTTP server unless asked for one.
 *
 * <pre>{@code
 * TailorJob tailorJob = TailorJob.builder(dataSource)
 *     .config(TailorJobConfig.from(Map.of("TAILORJOB_STORAGE_DIR", "/var/cvs")))
 *     .build();
 * UploadedCv cv = tailorJob.uploadCv().upload(command);
 * }</pre>
 */
public final class TailorJob {

  private final TailorJobConfig config;
  private final Injector injector;

  private TailorJob(TailorJobConfig config, Injector injector) {
    this.config = config;
    this.injector = injector;
  }

  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * The same handle for a Guice application that installed {@link TailorJobModule} itself, so
   * that it can start the worker or prune as the builder's hosts do.
   */
  public static TailorJob of(Injector injector) {
    return new TailorJob(injector.getInstance(TailorJobConfig.class), injector);
  }

  /**
   * Brings the database to the schema this version needs (Flyway, idempotent). The builder
   * does it; a Guice application calls it once before using the module's use cases.
   */
  public static void migrateSchema(DataSource dataSource) {
    DatabaseMigrations.migrate(dataSource);
  }

  public RegisterUser registerUser() {
    return injector.getInstance(RegisterUser.class);
  }

  public LogIn logIn() {
    return injector.getInstance(LogIn.class);
  }

  public LogOut logOut() {
    return injector.getInstance(LogOut.class);
  }

  public Authenticate authenticate() {
    return injector.getInstance(Authenticate.class);
  }

  public UploadCv uploadCv() {
    return injector.getInstance(UploadCv.class);
  }

  public FindCvs findCvs() {
    return injector.getInstance(FindCvs.class);
  }

  public DeleteCv deleteCv() {
    return injector.getInstance(DeleteCv.class);
  }

  public ShowCv showCv() {
    return injector.getInstance(ShowCv.class);
  }

  public Notifications notifications() {
    return injector.getInstance(Notifications.class);
  }

  public ManageJobs manageJobs() {
    return injector.getInstance(ManageJobs.class);
  }

  public AnalyzeMatch analyzeMatch() {
    return injector.getInstance(AnalyzeMatch.class);
  }

  public ShowUsage showUsage() {
    return injector.getInstance(ShowUsage.class);
  }

  /** The worker's logic, for a host that drives it: each call parses the next queued CV. */
  public ParseWorker parseWorker() {
    return injector.getInstance(ParseWorker.class);
  }

  /**
   * Meant to be called now and then, as the service does every hour: besides pruning records,
   * it removes stored files that an interrupted upload or a failed storage delete left behind.
   */
  public PruneExpiredRecords pruneExpiredRecords() {
    return injector.getInstance(PruneExpiredRecords.class);
  }

  /**
   * Starts parsing queued CVs on background threads, as the service's worker does, until the
   * returned handle is closed; closing finishes or hands back the jobs in progress.
   */
  public AutoCloseable startWorker() {
    return Service.startWorker(config, injector);
  }

  Injector injector() {
    return injector;
  }

  /** Collects what TailorJob needs from its host; only the data source is required. */
  public static final class Builder {

    private final DataSource dataSource;
    private TailorJobConfig config = TailorJobConfig.from(Map.of());
    private Observability observability = Observability.none();
    private boolean migrate = true;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public Builder config(TailorJobConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** Where events go; by default nowhere, so the host's logging stays untouched. */
    public Builder observability(Observability observability) {
      this.observability = Objects.requireNonNull(observability, "observability");
      return this;
    }

    /** Skips the schema migration, for hosts that run Flyway themselves. */
    public Builder withoutMigration() {
      this.migrate = false;
      return this;
    }

    public TailorJob build() {
      if (migrate) {
        migrateSchema(dataSource);
      }
      return new TailorJob(config, Guice.createInjector(new TailorJobModule(config, observability),
          new Service.DataSourceModule(dataSource)));
    }
  }
}
