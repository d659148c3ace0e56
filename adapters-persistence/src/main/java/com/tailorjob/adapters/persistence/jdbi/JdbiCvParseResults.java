package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.parse.ParseQuality;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.parse.SectionCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A CV's parse status and failure reason in {@code cvs}, and its sections as JSON in
 * {@code cv_parse_results}. Writes for a CV deleted meanwhile change nothing: its rows are gone.
 *
 * <p>{@code parsed} is final. A worker that lost its lease and finishes late, or a second
 * delivery of the same job, can neither move a parsed CV back to {@code parsing} nor fail it;
 * it can only record the same sections again, read from the same bytes.
 */
public final class JdbiCvParseResults implements CvParseResults {

  private final Jdbi jdbi;

  public JdbiCvParseResults(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean markParsing(CvId cv) {
    return jdbi.withHandle(handle -> moveUnlessParsed(handle, cv, "parsing", Optional.empty()));
  }

  /** The status moves first: it locks the CV's row, so a delete cannot slip in between. */
  @Override
  public void recordParsed(CvId cv, ParsedCv parsed) {
    jdbi.useTransaction(handle -> {
      if (moveTo(handle, cv, "parsed", Optional.empty())) {
        upsertResult(handle, cv, parsed);
      }
    });
  }

  /** Sections of an earlier parse go, so a failed CV never shows stale ones. */
  @Override
  public void recordFailed(CvId cv, String reason) {
    jdbi.useTransaction(handle -> {
      if (moveUnlessParsed(handle, cv, "failed", Optional.of(reason))) {
        handle.createUpdate("DELETE FROM cv_parse_results WHERE cv_id = :cv")
            .bind("cv", cv.value())
            .execute();
      }
    });
  }

  @Override
  public Optional<ParsedCv> findParsed(CvId cv) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT sections::text AS sections, page_count, quality, parsed_at
            FROM cv_parse_results WHERE cv_id = :cv""")
        .bind("cv", cv.value())
        .map(JdbiCvParseResults::toParsedCv)
        .findOne());
  }

  @Override
  public Optional<String> failureReason(CvId cv) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT failure_reason FROM cvs WHERE id = :cv AND status = 'failed'")
        .bind("cv", cv.value())
        .mapTo(String.class)
        .findOne());
  }

  private static boolean moveUnlessParsed(
      Handle handle, CvId cv, String status, Optional<String> reason) {
    int updated = handle.createUpdate("""
            UPDATE cvs SET status = :status, failure_reason = :reason
            WHERE id = :cv AND status <> 'parsed'""")
        .bind("status", status)
        .bind("reason", reason.orElse(null))
        .bind("cv", cv.value())
        .execute();

    return updated > 0;
  }

  private static boolean moveTo(Handle handle, CvId cv, String status, Optional<String> reason) {
    int updated = handle.createUpdate(
            "UPDATE cvs SET status = :status, failure_reason = :reason WHERE id = :cv")
        .bind("status", status)
        .bind("reason", reason.orElse(null))
        .bind("cv", cv.value())
        .execute();

    return updated > 0;
  }

  private static void upsertResult(Handle handle, CvId cv, ParsedCv parsed) {
    SectionCounts counts = parsed.sections().counts();
    handle.createUpdate("""
            INSERT INTO cv_parse_results (cv_id, sections, page_count, quality, skills_count,
                experience_count, education_count, certifications_count, parsed_at)
            VALUES (:cv, CAST(:sections AS jsonb), :pageCount, :quality, :skills,
                :experience, :education, :certifications, :parsedAt)
            ON CONFLICT (cv_id) DO UPDATE SET sections = EXCLUDED.sections,
                page_count = EXCLUDED.page_count, quality = EXCLUDED.quality,
                skills_count = EXCLUDED.skills_count,
                experience_count = EXCLUDED.experience_count,
                education_count = EXCLUDED.education_count,
                certifications_count = EXCLUDED.certifications_count,
                parsed_at = EXCLUDED.parsed_at""")
        .bind("cv", cv.value())
        .bind("sections", StoredSections.toJson(parsed.sections()))
        .bind("pageCount", parsed.pageCount())
        .bind("quality", parsed.quality().code())
        .bind("skills", counts.skills())
        .bind("experience", counts.experience())
        .bind("education", counts.education())
        .bind("certifications", counts.certifications())
        .bind("parsedAt", Timestamps.utc(parsed.parsedAt()))
        .execute();
  }

  private static ParsedCv toParsedCv(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ParsedCv(
        StoredSections.fromJson(rs.getString("sections")),
        rs.getInt("page_count"),
        ParseQuality.valueOf(rs.getString("quality").toUpperCase(Locale.ROOT)),
        Timestamps.read(rs, "parsed_at"));
  }
}
