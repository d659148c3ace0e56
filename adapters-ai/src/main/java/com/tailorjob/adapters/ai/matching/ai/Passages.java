package com.tailorjob.adapters.ai.matching.ai;

import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a CV and a posting into the short passages the embedding model compares. CV passages
 * follow its sections and never include contact details; posting passages are its sentences
 * and bullet points, capped in number so one huge posting cannot make a match slow.
 */
final class Passages {

  static final int MAX_JOB_PASSAGES = 24;
  static final int MAX_CV_PASSAGES = 24;
  private static final int MAX_PASSAGE_CHARS = 600;
  private static final int MIN_WORDS = 3;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\R");
  private static final Pattern BULLET = Pattern.compile("^[\\s•·▪●◦■*-]+");

  private Passages() {}

  static List<String> ofCv(CvSections cv) {
    List<String> passages = new ArrayList<>();
    add(passages, cv.summary());
    for (ExperienceEntry entry : cv.experience()) {
      add(passages, entry.title() + ". " + String.join(" ", entry.highlights()));
    }
    if (!cv.skills().isEmpty()) {
      add(passages, "Skills: " + String.join(", ", cv.skills()));
    }
    for (EducationEntry entry : cv.education()) {
      add(passages, entry.qualification());
    }
    List<String> certificates = cv.certifications().stream()
        .map(CertificationEntry::name).toList();
    if (!certificates.isEmpty()) {
      add(passages, "Certifications: " + String.join(", ", certificates));
    }
    return passages.stream().limit(MAX_CV_PASSAGES).map(ContactScrubber::scrub).toList();
  }

  static List<String> ofJob(JobPosting job) {
    List<String> passages = new ArrayList<>();
    add(passages, job.title());
    for (String sentence : SENTENCE_END.split(job.description())) {
      String text = BULLET.matcher(sentence).replaceFirst("").strip();
      if (text.split("\\s+").length >= MIN_WORDS) {
        add(passages, text);
      }
    }
    return passages.stream().limit(MAX_JOB_PASSAGES).toList();
  }

  private static void add(List<String> passages, String text) {
    String passage = text.strip();
    if (!passage.isEmpty()) {
      passages.add(passage.length() > MAX_PASSAGE_CHARS
          ? passage.substring(0, MAX_PASSAGE_CHARS) : passage);
    }
  }
}
