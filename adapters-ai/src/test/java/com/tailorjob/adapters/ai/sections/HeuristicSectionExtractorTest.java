package com.tailorjob.adapters.ai.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import com.tailorjob.domain.parse.ExtractedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeuristicSectionExtractorTest {

  private final HeuristicSectionExtractor extractor = new HeuristicSectionExtractor();

  @ParameterizedTest
  @ValueSource(strings = {"SKILLS", "Technical Skills", "Core Competencies:", "KEY SKILLS:",
      "key skills", "Skills & Tools"})
  void recognises_a_skills_heading_in_common_wordings(String heading) {
    CvSections cv = extract(heading + "\nJava, SQL");

    assertThat(cv.skills()).containsExactly("java", "sql");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EXPERIENCE", "Work Experience", "Professional Experience:",
      "EMPLOYMENT HISTORY", "Career History"})
  void recognises_an_experience_heading_in_common_wordings(String heading) {
    CvSections cv = extract(heading + "\nAnalyst at Globex\n2019 - 2022");

    assertThat(cv.experience()).containsExactly(
        new ExperienceEntry("Analyst", "Globex", "2019 - 2022", List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EDUCATION", "Academic Background", "Qualifications:"})
  void recognises_an_education_heading_in_common_wordings(String heading) {
    CvSections cv = extract(heading + "\nMSc Physics, University of Bristol, 2010");

    assertThat(cv.education()).containsExactly(
        new EducationEntry("MSc Physics", "University of Bristol", "2010"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CERTIFICATIONS", "Certificates:", "Licenses & Certifications"})
  void recognises_a_certifications_heading_in_common_wordings(String heading) {
    CvSections cv = extract(heading + "\nPRINCE2 Foundation");

    assertThat(cv.certifications()).extracting(CertificationEntry::name)
        .containsExactly("PRINCE2 Foundation");
  }

  @Test
  void reads_content_written_after_a_heading_colon_on_the_same_line() {
    CvSections cv = extract("Skills: Go, Terraform");

    assertThat(cv.skills()).containsExactly("go", "terraform");
  }

  @Test
  void splits_skills_on_every_common_separator() {
    CvSections cv = extract(
        "SKILLS\n• Java\n- Go\n* Rust\nSQL; Bash | Excel · Jira\nTerraform - Ansible");

    assertThat(cv.skills()).containsExactly(
        "java", "go", "rust", "sql", "bash", "excel", "jira", "terraform", "ansible");
  }

  @Test
  void keeps_symbols_that_belong_to_a_skill_name() {
    CvSections cv = extract("SKILLS\nC++, C#, Node.js, CI/CD, scikit-learn, .NET");

    assertThat(cv.skills())
        .containsExactly("c++", "c#", "node.js", "ci/cd", "scikit-learn", ".net");
  }

  @Test
  void drops_category_labels_and_repeated_skills_keeping_the_first_order() {
    CvSections cv = extract(
        "SKILLS\nProgramming Languages: Python,  SQL\nDatabases: PostgreSQL, sql, python");

    assertThat(cv.skills()).containsExactly("python", "sql", "postgresql");
  }

  @Test
  void starts_a_job_at_a_date_range_written_on_the_title_line() {
    CvSections cv = extract("EXPERIENCE\nData Engineer, Umbrella Corp  2021 – Present\n"
        + "• Built pipelines\nAnalyst, Umbrella Corp 2018 - 2021\n• Wrote reports");

    assertThat(cv.experience()).extracting(ExperienceEntry::title, ExperienceEntry::period)
        .containsExactly(
            tuple("Data Engineer", "2021 – Present"),
            tuple("Analyst", "2018 - 2021"));
  }

  @Test
  void starts_a_job_at_each_date_range_when_jobs_have_no_bullets() {
    CvSections cv = extract("EXPERIENCE\nBarista | Blue Bottle\n2014 - 2015\n"
        + "Waiter | Corner Diner\n2012 - 2014");

    assertThat(cv.experience()).extracting(ExperienceEntry::organisation)
        .containsExactly("Blue Bottle", "Corner Diner");
  }

  @Test
  void puts_the_role_first_when_the_employer_is_written_first() {
    CvSections cv = extract("EXPERIENCE\nInitech\nSenior Developer\nMar 2017 - Apr 2020");

    assertThat(cv.experience()).containsExactly(new ExperienceEntry(
        "Senior Developer", "Initech", "Mar 2017 - Apr 2020", List.of()));
  }

  @Test
  void fills_an_education_entry_from_lines_in_any_order() {
    CvSections cv = extract("EDUCATION\n2008 - 2011\nUniversity of York\nBA History\n"
        + "• First class honours\nA-Levels, Leeds Grammar School, 2008");

    assertThat(cv.education()).containsExactly(
        new EducationEntry("BA History", "University of York", "2008 - 2011"),
        new EducationEntry("A-Levels", "Leeds Grammar School", "2008"));
  }

  @Test
  void reads_the_issuer_and_year_of_a_certification() {
    CvSections cv = extract("CERTIFICATIONS\n• Scrum Master (PSM I) by Scrum.org (2020)\n"
        + "ITIL 4 Foundation | Axelos\nFirst Aid at Work");

    assertThat(cv.certifications()).containsExactly(
        new CertificationEntry("Scrum Master (PSM I)", "Scrum.org", "2020"),
        new CertificationEntry("ITIL 4 Foundation", "Axelos", ""),
        new CertificationEntry("First Aid at Work", "", ""));
  }

  @Test
  void ignores_sections_it_does_not_use() {
    CvSections cv = extract("SKILLS\nJava\nINTERESTS\nSailing, chess\nREFERENCES\nOn request");

    assertThat(cv.skills()).containsExactly("java");
  }

  @Test
  void takes_contact_details_above_the_first_heading_but_not_the_name() {
    CvSections cv = extract("Jane Doe\nSenior Engineer\njane@example.com\n+44 20 7946 0958\n"
        + "SKILLS\nJava");

    assertThat(cv.contact()).containsExactly("jane@example.com", "+44 20 7946 0958");
  }

  @Test
  void finds_nothing_in_text_without_headings() {
    CvSections cv = extract("Just a letter.\nKind regards,\nJane");

    assertThat(cv).isEqualTo(CvSections.empty());
  }

  @Test
  void gives_the_same_sections_for_the_same_text() {
    String text = "SKILLS\nJava, Go\nEXPERIENCE\nDev at Initech\n2019 - 2020\n• Shipped";

    assertThat(extract(text)).isEqualTo(extract(text));
  }

  private CvSections extract(String text) {
    return extractor.extract(new ExtractedText(text, 1));
  }
}
