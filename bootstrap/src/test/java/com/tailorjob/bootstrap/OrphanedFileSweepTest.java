package com.tailorjob.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.storage.FilesystemObjectStorage;
import com.tailorjob.adapters.persistence.testing.PostgresFixture;
import com.tailorjob.adapters.persistence.testing.TestDatabase;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ObjectStorage.ObjectMetadata;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.retention.PrunedRecords;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaves files behind as a failed storage delete or a dead process would, on the real adapters
 * (PostgreSQL and files on disk, wired as a host application gets them), and prunes.
 */
class OrphanedFileSweepTest {

  @TempDir
  Path storageRoot;

  private final TestDatabase database = PostgresFixture.createEmptyDatabase();
  private TailorJob tailorJob;
  private UserId owner;

  @BeforeEach
  void embed_tailorjob() {
    tailorJob = TailorJob.builder(database.dataSource())
        .config(TailorJobConfig.from(Map.of("TAILORJOB_STORAGE_DIR", storageRoot.toString())))
        .build();
    owner = tailorJob.registerUser()
        .register(new RegisterUser.Command("owner@example.com", "a long password"));
  }

  @AfterEach
  void drop_the_database() {
    database.close();
  }

  @Test
  void sweeps_the_file_of_a_cv_deleted_while_storage_refused_to_remove_it() throws Exception {
    Cv cv = upload("deleted");
    Path ownerFolder = storageRoot.resolve("cv").resolve(owner.value());
    Files.setPosixFilePermissions(ownerFolder, PosixFilePermissions.fromString("r-xr-xr-x"));
    tailorJob.deleteCv().delete(owner, cv.id());
    Files.setPosixFilePermissions(ownerFolder, PosixFilePermissions.fromString("rwxr-xr-x"));

    PrunedRecords pruned = tailorJob.pruneExpiredRecords().prune();

    assertThat(pruned.orphanedFiles()).isEqualTo(1);
    assertThat(Files.exists(fileOf(cv.storageKey()))).isFalse();
  }

  @Test
  void sweeps_the_file_of_an_upload_whose_process_died_after_storing_it() throws Exception {
    StorageKey key = new StorageKey("cv/" + owner.value() + "/cv-never-recorded.pdf");
    PersistenceAdapters.create(database.dataSource(), Clock.systemUTC()).pendingFileRemovals()
        .noteUpload(key, Instant.now());
    byte[] pdf = SampleFiles.pdf("never recorded");
    new FilesystemObjectStorage(storageRoot).put(key, ByteSource.ofBytes(pdf),
        new ObjectMetadata(pdf.length, sha256(pdf), "application/pdf"));
    pretendTheGraceHasPassed();

    PrunedRecords pruned = tailorJob.pruneExpiredRecords().prune();

    assertThat(pruned.orphanedFiles()).isEqualTo(1);
    assertThat(Files.exists(fileOf(key))).isFalse();
  }

  @Test
  void keeps_the_file_of_a_recorded_cv() {
    Cv cv = upload("kept");
    pretendTheGraceHasPassed();

    PrunedRecords pruned = tailorJob.pruneExpiredRecords().prune();

    assertThat(pruned.orphanedFiles()).isZero();
    assertThat(Files.exists(fileOf(cv.storageKey()))).isTrue();
  }

  private Cv upload(String marker) {
    return tailorJob.uploadCv().upload(new UploadCv.Command(owner, "cv.pdf",
        ByteSource.ofBytes(SampleFiles.pdf(marker)), new RequestId("sweep-1"))).cv();
  }

  /** Moves every note back two hours rather than waiting out the upload grace. */
  private void pretendTheGraceHasPassed() {
    database.execute("UPDATE pending_file_removals SET noted_at = noted_at - interval '2 hours'");
  }

  private static ContentHash sha256(byte[] bytes) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
    return new ContentHash(HexFormat.of().formatHex(digest));
  }

  private Path fileOf(StorageKey key) {
    return storageRoot.resolve(key.value());
  }
}
