package com.tailorjob.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.tailorjob.adapters.ai.testing.CvDocuments;
import com.tailorjob.adapters.persistence.testing.PostgresFixture;
import com.tailorjob.adapters.persistence.testing.TestDatabase;
import com.tailorjob.application.auth.IssuedSession;
import com.tailorjob.application.auth.LogIn;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.cv.UploadedCv;
import com.tailorjob.application.job.ManageJobs;
import com.tailorjob.application.match.MatchAnalysis;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingTest {

  @TempDir
  Path storage;

  private final TestDatabase database = PostgresFixture.createEmptyDatabase();
  private final RecordingObservability events = new RecordingObservability();

  @AfterEach
  void drop_the_database() {
    database.close();
  }

  @Test
  void a_host_application_uploads_a_cv_through_the_library_without_http() {
    TailorJob tailorJob = tailorJob();
    UserId user = registeredHost(tailorJob);

    UploadedCv uploaded = tailorJob.uploadCv().upload(new UploadCv.Command(user, "cv.pdf",
        ByteSource.ofBytes(SampleFiles.pdf("embedded")), new RequestId("host-1")));

    assertThat(tailorJob.findCvs().list(user)).extracting(cv -> cv.id())
        .containsExactly(uploaded.cv().id());
    assertThat(Files.exists(storage.resolve(uploaded.cv().storageKey().value()))).isTrue();
    assertThat(events.names()).contains("cv.upload.succeeded");
  }

  @Test
  void an_upload_answers_with_the_cv_as_it_reads_back_later() {
    TailorJob tailorJob = tailorJob();
    UserId user = registeredHost(tailorJob);

    UploadedCv uploaded = tailorJob.uploadCv().upload(new UploadCv.Command(user, "cv.pdf",
        ByteSource.ofBytes(SampleFiles.pdf("read back")), new RequestId("host-3")));

    assertThat(tailorJob.showCv().show(user, uploaded.cv().id()).cv())
        .isEqualTo(uploaded.cv());
  }

  @Test
  void a_host_application_parses_and_matches_a_cv_through_the_library() {
    TailorJob tailorJob = tailorJob();
    UserId user = registeredHost(tailorJob);
    UploadedCv uploaded = tailorJob.uploadCv().upload(new UploadCv.Command(user, "cv.pdf",
        ByteSource.ofBytes(CvDocuments.softwareEngineerPdf()), new RequestId("host-2")));

    tailorJob.parseWorker().processNext();
    JobPosting job = tailorJob.manageJobs().create(user, new ManageJobs.JobDraft(
        "Backend Engineer", "Acme", "Java, PostgreSQL, Docker and Kubernetes.", List.of()));
    MatchAnalysis analysis = tailorJob.analyzeMatch().analyze(user, uploaded.cv().id(), job.id());

    assertThat(tailorJob.showCv().show(user, uploaded.cv().id()).cv().status())
        .isEqualTo(CvStatus.PARSED);
    assertThat(analysis.result().matchedSkills()).contains("java", "postgresql");
  }

  @Test
  void a_guice_application_installs_the_module_next_to_its_own_data_source() {
    TailorJob.migrateSchema(database.dataSource());
    Injector injector = Guice.createInjector(
        new TailorJobModule(configWithStorageIn(storage), events),
        new HostModule(database.dataSource()));
    injector.getInstance(RegisterUser.class)
        .register(new RegisterUser.Command("guice@example.com", "a long password"));

    IssuedSession session = injector.getInstance(LogIn.class)
        .logIn(new LogIn.Command("guice@example.com", "a long password", "127.0.0.1"));

    assertThat(session.token().reveal()).isNotBlank();
    assertThat(events.names()).contains("auth.login.succeeded");
  }

  @Test
  void a_guice_application_parses_through_the_handle_of_its_injector() {
    TailorJob.migrateSchema(database.dataSource());
    TailorJob tailorJob = TailorJob.of(Guice.createInjector(
        new TailorJobModule(configWithStorageIn(storage), events),
        new HostModule(database.dataSource())));
    UserId user = registeredHost(tailorJob);
    UploadedCv uploaded = tailorJob.uploadCv().upload(new UploadCv.Command(user, "cv.pdf",
        ByteSource.ofBytes(CvDocuments.softwareEngineerPdf()), new RequestId("host-4")));

    tailorJob.parseWorker().processNext();

    assertThat(tailorJob.showCv().show(user, uploaded.cv().id()).cv().status())
        .isEqualTo(CvStatus.PARSED);
  }

  /** TailorJob as a host application builds it: its own data source, events recorded. */
  private TailorJob tailorJob() {
    return TailorJob.builder(database.dataSource())
        .config(configWithStorageIn(storage))
        .observability(events)
        .build();
  }

  private static UserId registeredHost(TailorJob tailorJob) {
    return tailorJob.registerUser()
        .register(new RegisterUser.Command("host@example.com", "a long password"));
  }

  private static TailorJobConfig configWithStorageIn(Path directory) {
    return TailorJobConfig.from(Map.of("TAILORJOB_STORAGE_DIR", directory.toString()));
  }

  private static final class HostModule extends AbstractModule {

    private final DataSource dataSource;

    HostModule(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    protected void configure() {
      bind(DataSource.class).toInstance(dataSource);
    }
  }
}
