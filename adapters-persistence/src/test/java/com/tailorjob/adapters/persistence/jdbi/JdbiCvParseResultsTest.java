package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.cv;
import static com.tailorjob.adapters.persistence.jdbi.Samples.recordUpload;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import com.tailorjob.domain.parse.ParseQuality;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.user.UserId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiCvParseResultsTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final UserId ALICE = new UserId("alice");

  private Jdbi jdbi;
  private JdbiCvRepository cvs;
  private JdbiCvParseResults results;
  private Cv cv;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    cvs = new JdbiCvRepository(jdbi);
    results = new JdbiCvParseResults(jdbi);
    new JdbiUserRepository(jdbi).add(user(ALICE.value()));
    cv = cv("cv-1", ALICE, "resume one");
    recordUpload(jdbi, cv, "req-1");
  }

  @Test
  void finds_the_sections_of_a_parsed_cv_exactly_as_recorded() {
    ParsedCv parsed = richParse();

    results.recordParsed(cv.id(), parsed);

    assertThat(results.findParsed(cv.id())).contains(parsed);
  }

  @Test
  void moves_a_parsed_cv_to_parsed() {
    results.markParsing(cv.id());

    results.recordParsed(cv.id(), richParse());

    assertThat(statusOf(cv)).isEqualTo(CvStatus.PARSED);
  }

  @Test
  void keeps_the_section_counts_beside_the_sections() {
    results.recordParsed(cv.id(), richParse());

    assertThat(countsRow()).containsEntry("skills_count", 3)
        .containsEntry("experience_count", 2)
        .containsEntry("education_count", 1)
        .containsEntry("certifications_count", 1)
        .containsEntry("quality", "partial")
        .containsEntry("page_count", 2);
  }

  @Test
  void replaces_the_sections_when_a_cv_is_parsed_again() {
    results.recordParsed(cv.id(), richParse());
    ParsedCv again = new ParsedCv(CvSections.empty(), 1, ParseQuality.POOR, NOW.plusSeconds(60));

    results.recordParsed(cv.id(), again);

    assertThat(results.findParsed(cv.id())).contains(again);
  }

  @Test
  void reads_sections_stored_in_the_first_document_format() {
    jdbi.useHandle(handle -> handle.execute("""
        INSERT INTO cv_parse_results (cv_id, sections, page_count, quality, skills_count,
            experience_count, education_count, certifications_count, parsed_at)
        VALUES ('cv-1', '{"format": 1, "skills": ["Java"], "experience": [{"title": "Dev",
            "organisation": "Acme", "period": "2020", "highlights": ["Shipped"]}],
            "education": [], "certifications": [], "summary": "Hi", "contact": []}',
            1, 'poor', 1, 1, 0, 0, '2026-03-01T09:00:00Z')"""));

    ParsedCv parsed = results.findParsed(cv.id()).orElseThrow();

    assertThat(parsed.sections()).isEqualTo(new CvSections(List.of("Java"),
        List.of(new ExperienceEntry("Dev", "Acme", "2020", List.of("Shipped"))),
        List.of(), List.of(), "Hi", List.of()));
  }

  @Test
  void finds_no_sections_for_a_cv_not_yet_parsed() {
    assertThat(results.findParsed(cv.id())).isEmpty();
  }

  @Test
  void records_a_failed_parse_with_its_reason() {
    results.markParsing(cv.id());

    results.recordFailed(cv.id(), "encrypted");

    assertThat(statusOf(cv)).isEqualTo(CvStatus.FAILED);
    assertThat(results.failureReason(cv.id())).contains("encrypted");
  }

  @Test
  void keeps_a_parsed_cv_and_its_sections_when_a_late_failure_arrives() {
    results.recordParsed(cv.id(), richParse());

    results.recordFailed(cv.id(), "processing_error");

    assertThat(statusOf(cv)).isEqualTo(CvStatus.PARSED);
    assertThat(results.findParsed(cv.id())).contains(richParse());
  }

  @Test
  void refuses_to_move_a_parsed_cv_back_to_parsing() {
    results.recordParsed(cv.id(), richParse());

    boolean marked = results.markParsing(cv.id());

    assertThat(marked).isFalse();
    assertThat(statusOf(cv)).isEqualTo(CvStatus.PARSED);
  }

  @Test
  void forgets_the_failure_reason_when_a_failed_cv_is_parsed_again() {
    results.recordFailed(cv.id(), "timeout");

    results.markParsing(cv.id());

    assertThat(results.failureReason(cv.id())).isEmpty();
    assertThat(statusOf(cv)).isEqualTo(CvStatus.PARSING);
  }

  @Test
  void marks_an_existing_cv_as_parsing() {
    boolean marked = results.markParsing(cv.id());

    assertThat(marked).isTrue();
    assertThat(statusOf(cv)).isEqualTo(CvStatus.PARSING);
  }

  @Test
  void cannot_mark_a_deleted_cv_as_parsing() {
    cvs.delete(ALICE, cv.id(), NOW);

    boolean marked = results.markParsing(cv.id());

    assertThat(marked).isFalse();
  }

  @Test
  void records_no_sections_for_a_cv_deleted_during_its_parse() {
    results.markParsing(cv.id());
    cvs.delete(ALICE, cv.id(), NOW);

    results.recordParsed(cv.id(), richParse());

    assertThat(results.findParsed(cv.id())).isEmpty();
  }

  /** Every kind of entry, with text a JSON round trip could mangle. */
  private static ParsedCv richParse() {
    CvSections sections = new CvSections(
        List.of("Java", "C++", "SQL \"advanced\""),
        List.of(
            new ExperienceEntry("Senior Engineer", "Ørsted A/S", "2019 – present",
                List.of("Led a team of 5", "Cut costs by 30%\\year")),
            new ExperienceEntry("Developer", "", "", List.of())),
        List.of(new EducationEntry("MSc Computer Science", "ETH Zürich", "2015-2017")),
        List.of(new CertificationEntry("AWS Solutions Architect", "Amazon", "")),
        "Engineer who likes 日本語 and emoji 🚀\nover two lines",
        List.of("+44 20 7946 0000"));
    return new ParsedCv(sections, 2, ParseQuality.PARTIAL, NOW);
  }

  private CvStatus statusOf(Cv cv) {
    return cvs.find(cv.owner(), cv.id()).orElseThrow().status();
  }

  private Map<String, Object> countsRow() {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT skills_count, experience_count, education_count, certifications_count,
                   quality, page_count
            FROM cv_parse_results WHERE cv_id = 'cv-1'""")
        .mapToMap()
        .one());
  }
}
