package com.tailorjob.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.storage.FilesystemObjectStorage;
import com.tailorjob.adapters.persistence.testing.PostgresFixture;
import com.tailorjob.adapters.persistence.testing.TestDatabase;
import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.support.SecureRandomIds;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaks an upload half-way on the real adapters, PostgreSQL and files on disk, and checks that
 * nothing half-done remains: no file without its record, no record without its file.
 */
class UploadCompensationTest {

  @TempDir
  Path storageRoot;

  private final TestDatabase database = PostgresFixture.createEmptyDatabase();
  private UserId owner;
  private UploadCv uploadCv;

  @BeforeEach
  void wire_the_real_adapters() {
    TailorJob tailorJob = TailorJob.builder(database.dataSource())
        .config(TailorJobConfig.from(Map.of("TAILORJOB_STORAGE_DIR", storageRoot.toString())))
        .build();
    owner = tailorJob.registerUser()
        .register(new RegisterUser.Command("owner@example.com", "a long password"));
    PersistenceAdapters persistence =
        PersistenceAdapters.create(database.dataSource(), Clock.systemUTC());
    uploadCv = new UploadCv(persistence.cvs(), new FilesystemObjectStorage(storageRoot),
        persistence.pendingFileRemovals(), new SecureRandomIds(), Observability.none(),
        Clock.systemUTC(), UploadLimits.standard());
  }

  @AfterEach
  void drop_the_database() {
    database.close();
  }

  @Test
  void removes_the_stored_file_when_the_database_refuses_the_record() throws Exception {
    database.execute("""
        CREATE FUNCTION refuse_parse() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'queue refused'; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER refuse_parse BEFORE INSERT ON cv_parse_queue
          FOR EACH ROW EXECUTE FUNCTION refuse_parse();
        """);

    assertThatThrownBy(this::upload).isInstanceOf(OperationFailedException.class);

    assertThat(storedFiles()).isZero();
    assertThat(rows("cvs")).isZero();
    assertThat(rows("pending_file_removals")).isZero();
  }

  @Test
  void records_nothing_when_the_file_cannot_be_stored() throws Exception {
    Path ownerFolder = Files.createDirectories(storageRoot.resolve("cv").resolve(owner.value()));
    Files.setPosixFilePermissions(ownerFolder, PosixFilePermissions.fromString("r-xr-xr-x"));

    assertThatThrownBy(this::upload).isInstanceOf(OperationFailedException.class);

    assertThat(rows("cvs")).isZero();
    assertThat(rows("cv_parse_queue")).isZero();
  }

  private void upload() {
    uploadCv.upload(new UploadCv.Command(owner, "cv.pdf",
        ByteSource.ofBytes(SampleFiles.pdf("compensation")), new RequestId("comp-1")));
  }

  private long storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(storageRoot)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private long rows(String table) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        ResultSet result = connection.createStatement()
            .executeQuery("SELECT count(*) FROM " + table)) {
      result.next();
      return result.getLong(1);
    }
  }
}
