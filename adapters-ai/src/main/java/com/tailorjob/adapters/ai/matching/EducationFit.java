package com.tailorjob.adapters.ai.matching;

import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import java.util.HashSet;
import java.util.Set;

/**
 * Education against a posting: a degree earns {@value #DEGREE} points and other schooling
 * {@value #OTHER_SCHOOLING}; a qualification in a field the posting names adds
 * {@value #FIELD_MATCH}, a certificate in a required skill or the posting's role
 * {@value #RELEVANT_CERTIFICATE}. A posting that asks for no degree never scores a CV below
 * {@value #NOT_REQUIRED_FLOOR}.
 */
final class EducationFit {

  static final int DEGREE = 60;
  static final int OTHER_SCHOOLING = 30;
  static final int FIELD_MATCH = 25;
  static final int RELEVANT_CERTIFICATE = 15;
  static final int NOT_REQUIRED_FLOOR = 60;

  private static final Set<String> DEGREE_WORDS = Set.of("bsc", "ba", "bs", "beng", "bachelor",
      "bachelors", "msc", "ma", "ms", "meng", "master", "masters", "mba", "phd", "dphil",
      "doctorate", "llb", "llm", "bed", "med", "md", "mphil", "degree", "bachelor's", "master's");
  private static final Set<String> NOT_A_FIELD = Set.of("hon", "hons", "honour", "honours",
      "first", "class", "upper", "lower", "second", "degree", "certificat", "diploma", "cours",
      "level", "scienc", "art", "studi");

  private EducationFit() {}

  static int percent(CvSections cv, JobProfile job, SkillVocabulary vocabulary) {
    Set<String> jobTerms = new HashSet<>(job.terms());
    int points = schooling(cv);
    if (cv.education().stream().anyMatch(entry -> inField(entry, jobTerms))) {
      points += FIELD_MATCH;
    }
    if (cv.certifications().stream()
        .anyMatch(certificate -> relevant(certificate, job, vocabulary))) {
      points += RELEVANT_CERTIFICATE;
    }
    if (!job.degreeRequired()) {
      points = Math.max(points, NOT_REQUIRED_FLOOR);
    }
    return Math.min(100, points);
  }

  private static int schooling(CvSections cv) {
    boolean degree = cv.education().stream()
        .flatMap(entry -> Tokens.of(entry.qualification()).stream())
        .anyMatch(DEGREE_WORDS::contains);
    if (degree) {
      return DEGREE;
    }
    return cv.education().isEmpty() ? 0 : OTHER_SCHOOLING;
  }

  private static boolean inField(EducationEntry entry, Set<String> jobTerms) {
    return Terms.of(entry.qualification()).stream()
        .filter(term -> !DEGREE_WORDS.contains(term) && !NOT_A_FIELD.contains(term))
        .anyMatch(jobTerms::contains);
  }

  private static boolean relevant(CertificationEntry certificate, JobProfile job,
      SkillVocabulary vocabulary) {
    boolean namesASkill = vocabulary.skillsIn(certificate.name()).stream()
        .anyMatch(job.requirements()::contains);
    boolean namesTheRole = Terms.of(certificate.name()).stream()
        .anyMatch(job.roleTerms()::contains);
    return namesASkill || namesTheRole;
  }
}
