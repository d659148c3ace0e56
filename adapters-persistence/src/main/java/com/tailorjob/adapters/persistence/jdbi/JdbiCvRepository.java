package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.DuplicateCvException;
import com.tailorjob.application.port.out.StoredFileSweptException;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * CVs in the {@code cvs} table and their queued parses in {@code cv_parse_queue}. Every query
 * names the owner, so one user's id never reaches another user's CV. Recording a CV takes its
 * file's row out of {@code pending_file_removals} in the same transaction, and only while no
 * sweep has taken it: a sweep and a late upload can never both win. Deleting a CV puts its
 * file's row back in, also in the transaction of the delete.
 */
public final class JdbiCvRepository implements CvRepository {

  private static final String OWNER_CONTENT_HASH_UNIQUE = "cvs_owner_content_hash_unique";

  private static final String COLUMNS =
      "id, owner_id, filename, format, size_bytes, content_hash, storage_key, status, uploaded_at";

  private final Jdbi jdbi;

  public JdbiCvRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void addAndQueueParse(Cv cv, ParseRequest parse) {
    try {
      jdbi.useTransaction(handle -> {
        insertCv(handle, cv);
        enqueue(handle, parse);
        cancelPendingRemoval(handle, cv.storageKey());
      });
    } catch (JdbiException e) {
      if (UniqueViolation.of(e, OWNER_CONTENT_HASH_UNIQUE)) {
        throw new DuplicateCvException(cv.contentHash(), e);
      }
      throw e;
    }
  }

  @Override
  public Optional<Cv> findByContentHash(UserId owner, ContentHash hash) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT " + COLUMNS + " FROM cvs WHERE owner_id = :owner AND content_hash = :hash")
        .bind("owner", owner.value())
        .bind("hash", hash.hex())
        .map(JdbiCvRepository::toCv)
        .findOne());
  }

  @Override
  public Optional<Cv> find(UserId owner, CvId id) {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM cvs WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner.value())
        .bind("id", id.value())
        .map(JdbiCvRepository::toCv)
        .findOne());
  }

  @Override
  public List<Cv> listByOwner(UserId owner) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
            + " FROM cvs WHERE owner_id = :owner ORDER BY uploaded_at DESC, id DESC")
        .bind("owner", owner.value())
        .map(JdbiCvRepository::toCv)
        .list());
  }

  /** Queued parses go with the CV through the foreign key's ON DELETE CASCADE. */
  @Override
  public boolean delete(UserId owner, CvId id, Instant now) {
    return jdbi.inTransaction(handle -> {
      Optional<StorageKey> file = handle.createQuery(
              "DELETE FROM cvs WHERE owner_id = :owner AND id = :id RETURNING storage_key")
          .bind("owner", owner.value())
          .bind("id", id.value())
          .map((rs, ctx) -> new StorageKey(rs.getString("storage_key")))
          .findOne();
      file.ifPresent(key -> notePendingRemoval(handle, key, now));
      return file.isPresent();
    });
  }

  private static void insertCv(Handle handle, Cv cv) {
    handle.createUpdate("""
            INSERT INTO cvs (id, owner_id, filename, format, size_bytes, content_hash,
                             storage_key, status, uploaded_at)
            VALUES (:id, :owner, :filename, :format, :sizeBytes, :contentHash,
                    :storageKey, :status, :uploadedAt)""")
        .bind("id", cv.id().value())
        .bind("owner", cv.owner().value())
        .bind("filename", cv.filename().value())
        .bind("format", cv.format().extension())
        .bind("sizeBytes", cv.sizeBytes())
        .bind("contentHash", cv.contentHash().hex())
        .bind("storageKey", cv.storageKey().value())
        .bind("status", cv.status().code())
        .bind("uploadedAt", Timestamps.utc(cv.uploadedAt()))
        .execute();
  }

  private static void enqueue(Handle handle, ParseRequest parse) {
    handle.createUpdate("""
            INSERT INTO cv_parse_queue (cv_id, owner_id, request_id, available_at, created_at)
            VALUES (:cv, :owner, :requestId, :requestedAt, :requestedAt)""")
        .bind("cv", parse.cv().value())
        .bind("owner", parse.owner().value())
        .bind("requestId", parse.requestId().value())
        .bind("requestedAt", Timestamps.utc(parse.requestedAt()))
        .execute();
  }

  private static void notePendingRemoval(Handle handle, StorageKey key, Instant now) {
    handle.createUpdate("""
            INSERT INTO pending_file_removals (storage_key, cause, noted_at)
            VALUES (:key, 'deleted_cv', :now)
            ON CONFLICT (storage_key) DO NOTHING""")
        .bind("key", key.value())
        .bind("now", Timestamps.utc(now))
        .execute();
  }

  /**
   * A sweep that takes the row meanwhile holds its lock; this statement waits for it and then
   * finds the row held, so the CV is not recorded.
   */
  private static void cancelPendingRemoval(Handle handle, StorageKey key) {
    int cancelled = handle.createUpdate(
            "DELETE FROM pending_file_removals WHERE storage_key = :key AND held_until IS NULL")
        .bind("key", key.value())
        .execute();
    if (cancelled == 0) {
      throw new StoredFileSweptException(key);
    }
  }

  private static Cv toCv(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Cv(
        new CvId(rs.getString("id")),
        new UserId(rs.getString("owner_id")),
        new Filename(rs.getString("filename")),
        CvFormat.fromExtension(rs.getString("format")),
        rs.getLong("size_bytes"),
        new ContentHash(rs.getString("content_hash")),
        new StorageKey(rs.getString("storage_key")),
        CvStatus.fromCode(rs.getString("status")),
        Timestamps.read(rs, "uploaded_at"));
  }
}
