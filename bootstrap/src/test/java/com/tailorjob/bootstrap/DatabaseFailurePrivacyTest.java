package com.tailorjob.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tailorjob.adapters.logging.FilenamePolicy;
import com.tailorjob.adapters.persistence.testing.PostgresFixture;
import com.tailorjob.adapters.persistence.testing.PrintedFailure;
import com.tailorjob.adapters.persistence.testing.TestDatabase;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.EmailAlreadyRegisteredException;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the service as {@code main} does, on an external database, with events logged through
 * the service's log configuration. Then it makes PostgreSQL refuse statements that carry an
 * e-mail address, a password hash or a file name, and reads the exceptions and the log lines.
 */
class DatabaseFailurePrivacyTest {

  private static final String EMAIL = "ada@example.com";
  private static final String PASSWORD = "a long password";
  private static final String ARGON2_PREFIX = "$argon2";
  private static final String FILENAME = "Ada Lovelace CV.pdf";

  @TempDir
  Path folder;

  private final TestDatabase database = PostgresFixture.createMigratedDatabase();
  private CapturedLogFiles log;
  private Service service;

  @BeforeEach
  void start_the_service_on_the_test_database() {
    log = CapturedLogFiles.in(folder.resolve("logs"));
    TailorJobConfig config = TailorJobConfig.from(Map.of(
        "TAILORJOB_MODE", "WORKER",
        "TAILORJOB_DATABASE_URL", database.jdbcUrl(),
        "TAILORJOB_DATABASE_USER", database.user(),
        "TAILORJOB_DATABASE_POOL_SIZE", "2",
        "TAILORJOB_DATA_DIR", folder.resolve("data").toString()));
    service = Service.start(config, log.observability(FilenamePolicy.HASHED));
  }

  @AfterEach
  void stop_the_service() {
    service.close();
    log.close();
    database.close();
  }

  @Test
  void still_recognises_a_taken_address() {
    register(EMAIL);

    Throwable failure = catchThrowable(() -> register(EMAIL));

    assertThat(failure).isInstanceOf(EmailAlreadyRegisteredException.class);
  }

  @Test
  void keeps_a_taken_address_out_of_the_duplicate_account_error() {
    register(EMAIL);

    Throwable failure = catchThrowable(() -> register(EMAIL));

    assertThat(PrintedFailure.of(failure)).contains("users_email_unique").doesNotContain(EMAIL);
  }

  @Test
  void keeps_the_address_and_password_hash_out_of_a_failed_registration_line() {
    database.execute("ALTER TABLE users ADD CONSTRAINT refuse_accounts CHECK (false) NOT VALID");

    catchThrowable(() -> register(EMAIL));

    assertThat(log.everything())
        .contains("❌ User registration failed", "refuse_accounts")
        .doesNotContain(EMAIL)
        .doesNotContain(ARGON2_PREFIX);
  }

  @Test
  void keeps_a_hashed_file_name_out_of_a_failed_upload_line() {
    UserId owner = register(EMAIL);
    database.execute("ALTER TABLE cvs ADD CONSTRAINT refuse_cvs CHECK (false) NOT VALID");

    catchThrowable(() -> service.injector().getInstance(UploadCv.class).upload(
        new UploadCv.Command(owner, FILENAME, ByteSource.ofBytes(SampleFiles.pdf("privacy")),
            new RequestId("privacy-1"))));

    assertThat(log.everything())
        .contains("❌ CV upload failed", "refuse_cvs")
        .doesNotContain(FILENAME);
  }

  private UserId register(String email) {
    return service.injector().getInstance(RegisterUser.class)
        .register(new RegisterUser.Command(email, PASSWORD));
  }
}
