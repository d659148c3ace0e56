package com.tailorjob.adapters.ai.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalMatcherTest {

  private static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  private final LocalMatcher matcher = new LocalMatcher(SkillVocabulary.standard(), JUNE_2025);

  @Test
  void gives_the_same_result_for_the_same_cv_and_job_every_time() {
    MatchResult first =
        matcher.match(SampleJobs.softwareEngineerCv(), SampleJobs.backendEngineer());

    MatchResult again = new LocalMatcher(SkillVocabulary.standard(), JUNE_2025)
        .match(SampleJobs.softwareEngineerCv(), SampleJobs.backendEngineer());

    assertThat(again).isEqualTo(first);
  }

  @Test
  void scores_an_engineer_cv_far_above_a_nurse_cv_for_a_backend_job() {
    JobPosting job = SampleJobs.backendEngineer();

    int engineer = matcher.match(SampleJobs.softwareEngineerCv(), job).score();
    int nurse = matcher.match(SampleJobs.nurseCv(), job).score();

    assertThat(engineer).isGreaterThanOrEqualTo(nurse + 25);
  }

  @Test
  void scores_a_nurse_cv_far_above_an_engineer_cv_for_an_intensive_care_job() {
    JobPosting job = SampleJobs.intensiveCareNurse();

    int nurse = matcher.match(SampleJobs.nurseCv(), job).score();
    int engineer = matcher.match(SampleJobs.softwareEngineerCv(), job).score();

    assertThat(nurse).isGreaterThanOrEqualTo(engineer + 25);
  }

  @Test
  void scores_an_analyst_cv_far_above_a_nurse_cv_for_a_data_analyst_job() {
    JobPosting job = SampleJobs.dataAnalyst();

    int analyst = matcher.match(SampleJobs.dataAnalystCv(), job).score();
    int nurse = matcher.match(SampleJobs.nurseCv(), job).score();

    assertThat(analyst).isGreaterThanOrEqualTo(nurse + 25);
  }

  @Test
  void lists_matched_and_missing_skills_by_canonical_name_in_the_job_order() {
    MatchResult result =
        matcher.match(SampleJobs.softwareEngineerCv(), SampleJobs.backendEngineer());

    assertThat(result.matchedSkills()).containsExactly("java", "kotlin", "spring boot",
        "kubernetes", "aws", "postgresql", "apache kafka", "docker");
    assertThat(result.missingSkills())
        .containsExactly("terraform", "observability", "sql", "rest apis", "ci/cd");
  }

  @Test
  void counts_synonyms_on_either_side_as_the_same_skill() {
    CvSections cv = cvWithSkills("JS", "k8s", "Postgres");
    JobPosting job = SampleJobs.job("job-1", "Full Stack Developer", "Globex",
        "You build JavaScript front ends on Kubernetes with PostgreSQL behind them.");

    MatchResult result = matcher.match(cv, job);

    assertThat(result.matchedSkills()).containsExactly("javascript", "kubernetes", "postgresql");
    assertThat(result.missingSkills()).isEmpty();
  }

  @Test
  void names_the_missing_skills_in_its_explanation() {
    MatchResult result = matcher.match(cvWithSkills("Java", "SQL"),
        SampleJobs.job("job-2", "Java Developer", "Globex",
            "We need Java, SQL, Kubernetes and Terraform."));

    assertThat(result.explanation())
        .startsWith("Add evidence of Kubernetes and Terraform")
        .endsWith("your experience with Java and SQL matches.");
  }

  @Test
  void names_four_matching_skills_in_its_explanation_and_counts_the_others() {
    MatchResult result = matcher.match(
        cvWithSkills("Java", "Kotlin", "SQL", "Docker", "Kubernetes", "Terraform"),
        SampleJobs.job("job-3", "Java Developer", "Globex",
            "We need Java, Kotlin, SQL, Docker, Kubernetes and Terraform."));

    assertThat(result.explanation()).endsWith(" and 2 others matches.");
  }

  @Test
  void gives_less_credit_for_a_skill_only_mentioned_in_experience_than_for_a_listed_one() {
    JobPosting job = SampleJobs.job("job-3", "Data Engineer", "Globex", "Airflow and dbt.");
    CvSections listed = cvWithSkills("Airflow", "dbt");
    CvSections mentioned = new CvSections(List.of("dbt"), List.of(new ExperienceEntry(
        "Data Engineer", "Initech", "2020 - 2024", List.of("Ran nightly jobs on Airflow."))),
        List.of(), List.of(), "", List.of());

    int listedSkills = matcher.match(listed, job).breakdown().skills();
    int mentionedSkills = matcher.match(mentioned, job).breakdown().skills();

    assertThat(mentionedSkills).isBetween(1, listedSkills - 1);
  }

  @Test
  void uses_the_requirements_a_posting_gives_instead_of_its_description() {
    JobPosting job = SampleJobs.job("job-4", "Engineer", "Globex", "Java and Python.",
        List.of("Golang", "K8s"));

    MatchResult result = matcher.match(cvWithSkills("go"), job);

    assertThat(result.matchedSkills()).containsExactly("go");
    assertThat(result.missingSkills()).containsExactly("kubernetes");
  }

  @Test
  void reports_version_three_at_no_cost() {
    MatchResult result = matcher.match(SampleJobs.nurseCv(), SampleJobs.intensiveCareNurse());

    assertThat(result.version()).isEqualTo(MatcherVersion.V3_0);
    assertThat(result.model()).isEqualTo("local");
    assertThat(result.usage()).isEqualTo(TokenUsage.none());
  }

  @Test
  void scores_an_empty_cv_low_without_failing() {
    MatchResult result = matcher.match(CvSections.empty(), SampleJobs.backendEngineer());

    assertThat(result.score()).isLessThan(10);
  }

  private static CvSections cvWithSkills(String... skills) {
    return new CvSections(List.of(skills), List.of(), List.of(), List.of(), "", List.of());
  }
}
