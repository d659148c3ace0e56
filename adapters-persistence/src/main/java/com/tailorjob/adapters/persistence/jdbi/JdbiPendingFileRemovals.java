package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.PendingFileRemovals;
import com.tailorjob.domain.cv.StorageKey;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Pending removals of stored files in the {@code pending_file_removals} table. A sweep takes its
 * removals with {@code FOR UPDATE SKIP LOCKED} and marks them held, so two sweeps never take the
 * same row, at once or while the first still holds it.
 */
public final class JdbiPendingFileRemovals implements PendingFileRemovals {

  private static final String TAKE = """
      WITH due AS (
        SELECT storage_key FROM pending_file_removals
        WHERE (cause = 'deleted_cv' OR noted_at < :uploadsNotedBefore)
          AND (held_until IS NULL OR held_until < :now)
        ORDER BY held_until NULLS FIRST, noted_at, storage_key
        LIMIT :limit
        FOR UPDATE SKIP LOCKED
      )
      UPDATE pending_file_removals AS removal
      SET held_until = :heldUntil
      FROM due
      WHERE removal.storage_key = due.storage_key
      RETURNING removal.storage_key""";

  private final Jdbi jdbi;

  public JdbiPendingFileRemovals(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void noteUpload(StorageKey key, Instant notedAt) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO pending_file_removals (storage_key, cause, noted_at)
            VALUES (:key, 'upload', :notedAt)
            ON CONFLICT (storage_key) DO NOTHING""")
        .bind("key", key.value())
        .bind("notedAt", Timestamps.utc(notedAt))
        .execute());
  }

  @Override
  public List<StorageKey> take(
      Instant uploadsNotedBefore, Instant now, Instant heldUntil, int limit) {
    return jdbi.withHandle(handle -> handle.createQuery(TAKE)
        .bind("uploadsNotedBefore", Timestamps.utc(uploadsNotedBefore))
        .bind("now", Timestamps.utc(now))
        .bind("heldUntil", Timestamps.utc(heldUntil))
        .bind("limit", limit)
        .map((rs, ctx) -> new StorageKey(rs.getString("storage_key")))
        .list());
  }

  @Override
  public boolean forget(StorageKey key) {
    int forgotten = jdbi.withHandle(handle -> handle
        .createUpdate("DELETE FROM pending_file_removals WHERE storage_key = :key")
        .bind("key", key.value())
        .execute());

    return forgotten > 0;
  }
}
