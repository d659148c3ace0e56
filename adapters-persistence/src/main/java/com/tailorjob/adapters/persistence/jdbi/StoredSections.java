package com.tailorjob.adapters.persistence.jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import java.util.List;
import java.util.Optional;

/**
 * The JSON document stored in {@code cv_parse_results.sections}. It mirrors the domain's sections
 * but belongs to this adapter, so renaming a domain field never changes rows already written.
 * {@code format} names the document's shape, for a later migration to recognise.
 */
record StoredSections(
    int format,
    List<String> skills,
    List<StoredExperience> experience,
    List<StoredEducation> education,
    List<StoredCertification> certifications,
    String summary,
    List<String> contact) {

  static final int CURRENT_FORMAT = 1;

  /** Fields added by a newer format are ignored, so an older node can still read its rows. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  record StoredExperience(
      String title, String organisation, String period, List<String> highlights) {}

  record StoredEducation(String qualification, String institution, String period) {}

  record StoredCertification(String name, String issuer, String period) {}

  static String toJson(CvSections sections) {
    try {
      return JSON.writeValueAsString(of(sections));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CV sections could not be written as JSON", e);
    }
  }

  static CvSections fromJson(String json) {
    try {
      return JSON.readValue(json, StoredSections.class).toDomain();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored CV sections are not readable JSON", e);
    }
  }

  static StoredSections of(CvSections sections) {
    return new StoredSections(
        CURRENT_FORMAT,
        sections.skills(),
        sections.experience().stream()
            .map(e -> new StoredExperience(e.title(), e.organisation(), e.period(), e.highlights()))
            .toList(),
        sections.education().stream()
            .map(e -> new StoredEducation(e.qualification(), e.institution(), e.period()))
            .toList(),
        sections.certifications().stream()
            .map(c -> new StoredCertification(c.name(), c.issuer(), c.period()))
            .toList(),
        sections.summary(),
        sections.contact());
  }

  /** A field missing from the document reads as empty, as the domain expects of a section. */
  CvSections toDomain() {
    return new CvSections(
        orEmpty(skills),
        orEmpty(experience).stream()
            .map(e -> new ExperienceEntry(
                text(e.title()), text(e.organisation()), text(e.period()), orEmpty(e.highlights())))
            .toList(),
        orEmpty(education).stream()
            .map(e -> new EducationEntry(
                text(e.qualification()), text(e.institution()), text(e.period())))
            .toList(),
        orEmpty(certifications).stream()
            .map(c -> new CertificationEntry(text(c.name()), text(c.issuer()), text(c.period())))
            .toList(),
        text(summary),
        orEmpty(contact));
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return Optional.ofNullable(values).orElse(List.of());
  }

  private static String text(String value) {
    return Optional.ofNullable(value).orElse("");
  }
}
