package com.tailorjob.adapters.ai.matching;

import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a CV offers as evidence: skills it lists (strong evidence), skills it only mentions in
 * its summary or experience (weaker evidence), and how often it uses each content word.
 * Contact details are never read.
 */
record CvEvidence(Set<String> listedSkills, Set<String> mentionedSkills,
    Map<String, Integer> termCounts) {

  static CvEvidence of(CvSections cv, SkillVocabulary vocabulary) {
    Set<String> listed = new LinkedHashSet<>();
    for (String skill : cv.skills()) {
      listed.add(vocabulary.normalise(skill));
      listed.addAll(vocabulary.skillsInList(skill));
    }
    for (CertificationEntry certification : cv.certifications()) {
      listed.addAll(vocabulary.skillsIn(certification.name()));
    }

    Set<String> mentioned = new LinkedHashSet<>(vocabulary.skillsIn(narrative(cv)));
    mentioned.removeAll(listed);

    return new CvEvidence(Set.copyOf(listed), Set.copyOf(mentioned), termCounts(cv));
  }

  boolean lists(String skill) {
    return listedSkills.contains(skill);
  }

  boolean mentions(String skill) {
    return mentionedSkills.contains(skill);
  }

  /** The summary and experience, where skills appear in sentences rather than lists. */
  private static String narrative(CvSections cv) {
    StringBuilder text = new StringBuilder(cv.summary()).append('\n');
    for (ExperienceEntry entry : cv.experience()) {
      text.append(entry.title()).append('\n');
      entry.highlights().forEach(highlight -> text.append(highlight).append('\n'));
    }
    return text.toString();
  }

  private static Map<String, Integer> termCounts(CvSections cv) {
    StringBuilder text = new StringBuilder(narrative(cv));
    cv.skills().forEach(skill -> text.append(skill).append('\n'));
    for (EducationEntry entry : cv.education()) {
      text.append(entry.qualification()).append('\n');
    }
    for (CertificationEntry entry : cv.certifications()) {
      text.append(entry.name()).append('\n');
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Terms.of(text.toString()).forEach(term -> counts.merge(term, 1, Integer::sum));
    return counts;
  }
}
