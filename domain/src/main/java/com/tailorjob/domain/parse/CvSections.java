package com.tailorjob.domain.parse;

import java.util.List;
import java.util.Objects;

/**
 * What a CV says, split into the sections matching works with. A section the CV lacks is empty,
 * never missing. Contact and summary are kept when found, for display; they are never logged.
 */
public record CvSections(
    List<String> skills,
    List<ExperienceEntry> experience,
    List<EducationEntry> education,
    List<CertificationEntry> certifications,
    String summary,
    List<String> contact) {

  public CvSections {
    skills = List.copyOf(skills);
    experience = List.copyOf(experience);
    education = List.copyOf(education);
    certifications = List.copyOf(certifications);
    summary = Objects.requireNonNull(summary, "summary");
    contact = List.copyOf(contact);
  }

  public static CvSections empty() {
    return new CvSections(List.of(), List.of(), List.of(), List.of(), "", List.of());
  }

  public SectionCounts counts() {
    return new SectionCounts(
        skills.size(), experience.size(), education.size(), certifications.size());
  }

  /** A job held: title, employer, the period as written, and its bullet points. */
  public record ExperienceEntry(
      String title, String organisation, String period, List<String> highlights) {
    public ExperienceEntry {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(period, "period");
      highlights = List.copyOf(highlights);
    }
  }

  /** A qualification: degree or course, school, and the period as written. */
  public record EducationEntry(String qualification, String institution, String period) {
    public EducationEntry {
      Objects.requireNonNull(qualification, "qualification");
      Objects.requireNonNull(institution, "institution");
      Objects.requireNonNull(period, "period");
    }
  }

  /** A certificate and, when the CV gives them, its issuer and date as written. */
  public record CertificationEntry(String name, String issuer, String period) {
    public CertificationEntry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(period, "period");
    }
  }
}
