package com.tailorjob.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import com.tailorjob.domain.parse.ParseQuality;
import com.tailorjob.domain.parse.ParsedCv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvDetailsApiTest {

  @TempDir Path tempDir;

  private RunningApi api;
  private ApiClient client;
  private String token;
  private String cvId;

  @BeforeEach
  void start() {
    api = RunningApi.start(tempDir);
    client = api.client;
    token = api.tokenFor("ada@example.com");
    cvId = client.uploadFile(token, "resume.pdf", SampleFiles.pdf("ada")).field("id");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void shows_the_parse_of_a_parsed_cv() {
    api.parsing.results().recordParsed(new CvId(cvId), parsedCv());

    JsonNode cv = client.get("/api/cvs/" + cvId, token).json();

    assertThat(cv.path("status").asText()).isEqualTo("parsed");
    assertThat(cv.path("page_count").asInt()).isEqualTo(2);
    assertThat(cv.path("parse_quality").asText()).isEqualTo("good");
    assertThat(cv.path("failure_reason").isNull()).isTrue();
    JsonNode counts = cv.path("section_counts");
    assertThat(List.of(counts.path("skills").asInt(), counts.path("experience").asInt(),
        counts.path("education").asInt(), counts.path("certifications").asInt()))
        .containsExactly(3, 1, 1, 1);
  }

  @Test
  void shows_every_section_of_a_parsed_cv() {
    api.parsing.results().recordParsed(new CvId(cvId), parsedCv());

    JsonNode sections = client.get("/api/cvs/" + cvId, token).json().path("sections");

    assertThat(texts(sections.path("skills"))).containsExactly("Java", "SQL", "Kubernetes");
    JsonNode job = sections.path("experience").path(0);
    assertThat(job.path("title").asText()).isEqualTo("Backend Engineer");
    assertThat(job.path("organisation").asText()).isEqualTo("Acme Ltd");
    assertThat(job.path("period").asText()).isEqualTo("2019 - 2023");
    assertThat(texts(job.path("highlights"))).containsExactly("Cut latency by half");
    JsonNode school = sections.path("education").path(0);
    assertThat(school.path("qualification").asText()).isEqualTo("BSc Computer Science");
    assertThat(school.path("institution").asText()).isEqualTo("University of Leeds");
    assertThat(school.path("period").asText()).isEqualTo("2015 - 2018");
    JsonNode certificate = sections.path("certifications").path(0);
    assertThat(certificate.path("name").asText()).isEqualTo("CKA");
    assertThat(certificate.path("issuer").asText()).isEqualTo("CNCF");
    assertThat(certificate.path("period").asText()).isEqualTo("2022");
    assertThat(sections.path("summary").asText()).isEqualTo("Engineer who likes queues.");
    assertThat(texts(sections.path("contact"))).containsExactly("+44 20 7946 0000");
  }

  @Test
  void shows_why_the_parse_of_a_failed_cv_failed() {
    api.parsing.results().recordFailed(new CvId(cvId), "encrypted");

    JsonNode cv = client.get("/api/cvs/" + cvId, token).json();

    assertThat(cv.path("status").asText()).isEqualTo("failed");
    assertThat(cv.path("failure_reason").asText()).isEqualTo("encrypted");
    assertThat(cv.has("sections")).isFalse();
    assertThat(cv.has("page_count")).isFalse();
  }

  @Test
  void shows_a_cv_waiting_for_its_parse_without_sections() {
    ApiResponse response = client.get("/api/cvs/" + cvId, token);

    JsonNode cv = response.json();
    assertThat(response.status()).isEqualTo(200);
    assertThat(cv.path("status").asText()).isEqualTo("uploaded");
    assertThat(cv.path("filename").asText()).isEqualTo("resume.pdf");
    assertThat(cv.has("failure_reason")).isTrue();
    assertThat(cv.path("failure_reason").isNull()).isTrue();
    assertThat(cv.has("sections")).isFalse();
    assertThat(cv.has("section_counts")).isFalse();
    assertThat(cv.has("page_count")).isFalse();
    assertThat(cv.has("parse_quality")).isFalse();
    assertThat(cv.has("duplicate")).isFalse();
  }

  @Test
  void keeps_sections_out_of_the_list() {
    api.parsing.results().recordParsed(new CvId(cvId), parsedCv());

    JsonNode listed = client.get("/api/cvs", token).json().path("cvs").path(0);

    assertThat(listed.path("id").asText()).isEqualTo(cvId);
    assertThat(listed.path("status").asText()).isEqualTo("parsed");
    assertThat(listed.has("sections")).isFalse();
    assertThat(listed.has("section_counts")).isFalse();
  }

  @Test
  void hides_the_parse_of_another_users_cv() {
    api.parsing.results().recordParsed(new CvId(cvId), parsedCv());
    String other = api.tokenFor("bob@example.com");

    ApiResponse response = client.get("/api/cvs/" + cvId, other);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Kubernetes", "Acme");
  }

  private ParsedCv parsedCv() {
    CvSections sections = new CvSections(
        List.of("Java", "SQL", "Kubernetes"),
        List.of(new ExperienceEntry(
            "Backend Engineer", "Acme Ltd", "2019 - 2023", List.of("Cut latency by half"))),
        List.of(new EducationEntry("BSc Computer Science", "University of Leeds", "2015 - 2018")),
        List.of(new CertificationEntry("CKA", "CNCF", "2022")),
        "Engineer who likes queues.",
        List.of("+44 20 7946 0000"));
    return new ParsedCv(sections, 2, ParseQuality.GOOD, api.clock.instant());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
