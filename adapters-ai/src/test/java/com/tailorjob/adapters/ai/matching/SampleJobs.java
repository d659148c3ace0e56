package com.tailorjob.adapters.ai.matching;

import com.tailorjob.adapters.ai.sections.HeuristicSectionExtractor;
import com.tailorjob.adapters.ai.testing.CvTexts;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Realistic job postings, and the sample CVs read into sections by the real extractor. */
public final class SampleJobs {

  public static final String BACKEND_DESCRIPTION = """
      We are looking for a Backend Engineer to join our payments platform team.

      What you will do:
      - Design, build and operate Java and Kotlin services on Spring Boot.
      - Run our services on Kubernetes in AWS and manage infrastructure with Terraform.
      - Own PostgreSQL schemas and event streams on Kafka.
      - Improve latency, reliability and observability of the payments API.

      What we need:
      - 5+ years of experience building backend systems.
      - Strong Java, SQL and REST API design skills.
      - Experience with Docker, Kubernetes, Terraform and CI/CD pipelines.
      - A degree in Computer Science or equivalent experience.
      """;

  public static final String NURSE_DESCRIPTION = """
      St Mary's Hospital is recruiting a Registered Nurse for our 20-bed intensive care unit.

      Responsibilities:
      - Carry out patient assessment and escalate deteriorating patients.
      - Medication administration, IV therapy and wound care.
      - Keep accurate electronic health records (EHR).
      - Follow infection control procedures and support junior staff.

      Requirements:
      - NMC registration and at least 3 years of acute or critical care experience.
      - Current BLS certificate; ACLS is desirable.
      - BSc in Nursing.
      """;

  public static final String DATA_ANALYST_DESCRIPTION = """
      Retail Insights is hiring a Data Analyst to turn sales data into decisions.

      You will:
      - Write SQL to query our Snowflake warehouse.
      - Build dashboards in Tableau and Power BI for store managers.
      - Automate reporting in Python with pandas.
      - Present findings to stakeholders and run A/B testing of promotions.

      You have 2+ years of data analysis experience, strong Excel skills and knowledge of
      statistics.
      """;

  private SampleJobs() {}

  public static JobPosting backendEngineer() {
    return job("job-backend", "Backend Engineer (Java)", "Acme Payments", BACKEND_DESCRIPTION);
  }

  public static JobPosting intensiveCareNurse() {
    return job("job-nurse", "Registered Nurse - ICU", "St Mary's Hospital", NURSE_DESCRIPTION);
  }

  public static JobPosting dataAnalyst() {
    return job("job-analyst", "Data Analyst", "Retail Insights", DATA_ANALYST_DESCRIPTION);
  }

  public static JobPosting job(String id, String title, String company, String description) {
    return job(id, title, company, description, List.of());
  }

  public static JobPosting job(String id, String title, String company, String description,
      List<String> requirements) {
    Instant at = Instant.parse("2025-06-01T09:00:00Z");
    return new JobPosting(new JobId(id), new UserId("user-1"), title, company, description,
        requirements, at, at);
  }

  public static CvSections softwareEngineerCv() {
    return sections(CvTexts.SOFTWARE_ENGINEER);
  }

  public static CvSections nurseCv() {
    return sections(CvTexts.NURSE);
  }

  public static CvSections dataAnalystCv() {
    return sections(concat(CvTexts.DATA_ANALYST_SIDEBAR, CvTexts.DATA_ANALYST_MAIN));
  }

  public static CvSections sections(List<String> lines) {
    return new HeuristicSectionExtractor()
        .extract(new ExtractedText(String.join("\n", lines), 1));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
