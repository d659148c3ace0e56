package com.tailorjob.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.tailorjob.application.cv.ShowCv;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ParsedCv;
import com.tailorjob.domain.parse.SectionCounts;
import java.util.List;

/**
 * One CV with what its parse produced. {@code failure_reason} is always there, null unless the
 * parse failed, so clients need not guess; the parse fields appear only once the CV is parsed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CvDetailsJson(
    @JsonUnwrapped CvJson cv,
    @JsonInclude(JsonInclude.Include.ALWAYS) String failureReason,
    Integer pageCount,
    String parseQuality,
    Counts sectionCounts,
    Sections sections) {

  static CvDetailsJson of(ShowCv.CvDetails details) {
    CvJson cv = CvJson.of(details.cv());
    String failureReason = details.failureReason().orElse(null);

    return details.parsed()
        .map(parsed -> parsed(cv, failureReason, parsed))
        .orElseGet(() -> new CvDetailsJson(cv, failureReason, null, null, null, null));
  }

  private static CvDetailsJson parsed(CvJson cv, String failureReason, ParsedCv parsed) {
    return new CvDetailsJson(cv, failureReason, parsed.pageCount(), parsed.quality().code(),
        Counts.of(parsed.sections().counts()), Sections.of(parsed.sections()));
  }

  /** How many entries each section holds, so a client can summarise without the sections. */
  record Counts(int skills, int experience, int education, int certifications) {
    static Counts of(SectionCounts counts) {
      return new Counts(
          counts.skills(), counts.experience(), counts.education(), counts.certifications());
    }
  }

  /** The sections as the CV states them; a section the CV lacks is empty. */
  record Sections(
      List<String> skills,
      List<Experience> experience,
      List<Education> education,
      List<Certification> certifications,
      String summary,
      List<String> contact) {

    static Sections of(CvSections sections) {
      return new Sections(
          sections.skills(),
          sections.experience().stream().map(Experience::of).toList(),
          sections.education().stream().map(Education::of).toList(),
          sections.certifications().stream().map(Certification::of).toList(),
          sections.summary(),
          sections.contact());
    }
  }

  /** A job held; the period stays as written. */
  record Experience(String title, String organisation, String period, List<String> highlights) {
    static Experience of(CvSections.ExperienceEntry entry) {
      return new Experience(
          entry.title(), entry.organisation(), entry.period(), entry.highlights());
    }
  }

  /** A qualification; the period stays as written. */
  record Education(String qualification, String institution, String period) {
    static Education of(CvSections.EducationEntry entry) {
      return new Education(entry.qualification(), entry.institution(), entry.period());
    }
  }

  /** A certificate; issuer and period are empty when the CV does not give them. */
  record Certification(String name, String issuer, String period) {
    static Certification of(CvSections.CertificationEntry entry) {
      return new Certification(entry.name(), entry.issuer(), entry.period());
    }
  }
}
