package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.JobRepository;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.user.UserId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Job postings in the {@code jobs} table, requirements as a {@code text[]}. Every query names
 * the owner, so one user's id never reaches another user's posting.
 */
public final class JdbiJobRepository implements JobRepository {

  private static final String COLUMNS =
      "id, owner_id, title, company, description, requirements, created_at, updated_at";

  private final Jdbi jdbi;

  public JdbiJobRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(JobPosting job) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO jobs (id, owner_id, title, company, description, requirements,
                              created_at, updated_at)
            VALUES (:id, :owner, :title, :company, :description, :requirements,
                    :createdAt, :updatedAt)""")
        .bind("id", job.id().value())
        .bind("owner", job.owner().value())
        .bind("title", job.title())
        .bind("company", job.company())
        .bind("description", job.description())
        .bindArray("requirements", String.class, job.requirements())
        .bind("createdAt", Timestamps.utc(job.createdAt()))
        .bind("updatedAt", Timestamps.utc(job.updatedAt()))
        .execute());
  }

  /** The creation time stays as first recorded, whatever the posting passed in says. */
  @Override
  public boolean update(JobPosting job) {
    int updated = jdbi.withHandle(handle -> handle.createUpdate("""
            UPDATE jobs SET title = :title, company = :company, description = :description,
                            requirements = :requirements, updated_at = :updatedAt
            WHERE owner_id = :owner AND id = :id""")
        .bind("title", job.title())
        .bind("company", job.company())
        .bind("description", job.description())
        .bindArray("requirements", String.class, job.requirements())
        .bind("updatedAt", Timestamps.utc(job.updatedAt()))
        .bind("owner", job.owner().value())
        .bind("id", job.id().value())
        .execute());

    return updated > 0;
  }

  @Override
  public Optional<JobPosting> find(UserId owner, JobId id) {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM jobs WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner.value())
        .bind("id", id.value())
        .map(JdbiJobRepository::toJob)
        .findOne());
  }

  @Override
  public List<JobPosting> listByOwner(UserId owner) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
            + " FROM jobs WHERE owner_id = :owner ORDER BY created_at DESC, id DESC")
        .bind("owner", owner.value())
        .map(JdbiJobRepository::toJob)
        .list());
  }

  /** Cached match results go with the posting through the foreign key's ON DELETE CASCADE. */
  @Override
  public boolean delete(UserId owner, JobId id) {
    int deleted = jdbi.withHandle(handle -> handle
        .createUpdate("DELETE FROM jobs WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner.value())
        .bind("id", id.value())
        .execute());

    return deleted > 0;
  }

  private static JobPosting toJob(ResultSet rs, StatementContext ctx) throws SQLException {
    return new JobPosting(
        new JobId(rs.getString("id")),
        new UserId(rs.getString("owner_id")),
        rs.getString("title"),
        rs.getString("company"),
        rs.getString("description"),
        requirements(rs.getArray("requirements")),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }

  private static List<String> requirements(Array array) throws SQLException {
    try {
      return List.of((String[]) array.getArray());
    } finally {
      array.free();
    }
  }
}
