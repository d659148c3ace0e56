package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.MatchCache;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.match.CachedMatch;
import com.tailorjob.domain.match.MatchCacheKey;
import com.tailorjob.domain.match.MatchResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Match results in the {@code match_cache} table, one row per CV, job, matcher version and model.
 * A read must also match both content hashes, so a result computed from an older job misses.
 */
public final class JdbiMatchCache implements MatchCache {

  private final Jdbi jdbi;

  public JdbiMatchCache(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<CachedMatch> find(MatchCacheKey key, CvId cv, JobId job, Instant now) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT result::text AS result, created_at, expires_at FROM match_cache
            WHERE cv_id = :cv AND job_id = :job
              AND matcher_version = :version AND model = :model
              AND cv_content_hash = :cvHash AND job_content_hash = :jobHash
              AND expires_at > :now""")
        .bind("cv", cv.value())
        .bind("job", job.value())
        .bind("version", key.version().label())
        .bind("model", key.model())
        .bind("cvHash", key.cvContent().hex())
        .bind("jobHash", key.jobContentHash())
        .bind("now", Timestamps.utc(now))
        .map(JdbiMatchCache::toCachedMatch)
        .findOne()
        .flatMap(Function.identity()));
  }

  /**
   * Two nodes storing at once both succeed and the later write stays. A result for a CV or job
   * deleted meanwhile is dropped rather than refused: the delete would have removed it anyway.
   */
  @Override
  public void put(MatchCacheKey key, CvId cv, JobId job, MatchResult result, Instant createdAt,
      Instant expiresAt) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO match_cache (cv_id, job_id, matcher_version, model, cv_content_hash,
                job_content_hash, result, score, created_at, expires_at)
            SELECT :cv, :job, :version, :model, :cvHash, :jobHash, CAST(:result AS jsonb),
                :score, :createdAt, :expiresAt
            WHERE EXISTS (SELECT 1 FROM cvs WHERE id = :cv)
              AND EXISTS (SELECT 1 FROM jobs WHERE id = :job)
            ON CONFLICT ON CONSTRAINT match_cache_key DO UPDATE SET
                cv_content_hash = EXCLUDED.cv_content_hash,
                job_content_hash = EXCLUDED.job_content_hash,
                result = EXCLUDED.result, score = EXCLUDED.score,
                created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at""")
        .bind("cv", cv.value())
        .bind("job", job.value())
        .bind("version", key.version().label())
        .bind("model", key.model())
        .bind("cvHash", key.cvContent().hex())
        .bind("jobHash", key.jobContentHash())
        .bind("result", StoredMatch.toJson(result))
        .bind("score", result.score())
        .bind("createdAt", Timestamps.utc(createdAt))
        .bind("expiresAt", Timestamps.utc(expiresAt))
        .execute());
  }

  private static Optional<CachedMatch> toCachedMatch(ResultSet rs, StatementContext ctx)
      throws SQLException {
    Instant createdAt = Timestamps.read(rs, "created_at");
    Instant expiresAt = Timestamps.read(rs, "expires_at");
    return StoredMatch.fromJson(rs.getString("result"))
        .map(result -> new CachedMatch(result, createdAt, expiresAt));
  }
}
