package com.tailorjob.adapters.ai.matching.ai;

import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;

/**
 * The messages sent to a chat model: the posting, and a summary of the CV's sections (skills,
 * jobs, education, certificates, summary). Contact details are never included, and any e-mail
 * address, phone number or profile link left inside the text is scrubbed.
 */
final class ChatPrompt {

  static final int MAX_JOB_CHARS = 6_000;
  static final int MAX_CV_CHARS = 6_000;

  private static final String INSTRUCTIONS = """
      You review how well a candidate's CV fits a job posting. A rule-based matcher already \
      scored the fit from 0 to 100 and listed the required skills found and missing. Judge \
      what the rules cannot: transferable experience, seniority, wording that means the same \
      thing. Answer with one JSON object and nothing else:
      {"explanation": "<one or two plain sentences telling the candidate what to add or \
      change in the CV for this job>", "score_adjustment": <integer from -10 to 10>}""";

  private ChatPrompt() {}

  static List<ChatMessage> of(CvSections cv, JobPosting job, MatchResult local) {
    return List.of(SystemMessage.from(INSTRUCTIONS), UserMessage.from(
        posting(job) + "\n\n" + cvSummary(cv) + "\n\n" + analysis(local)));
  }

  private static String posting(JobPosting job) {
    return "JOB POSTING\nTitle: " + job.title() + "\nCompany: " + job.company()
        + "\nDescription:\n" + cut(job.description(), MAX_JOB_CHARS);
  }

  private static String cvSummary(CvSections cv) {
    StringBuilder text = new StringBuilder("CV\nSkills: ")
        .append(String.join(", ", cv.skills())).append('\n');
    if (!cv.summary().isBlank()) {
      text.append("Summary: ").append(cv.summary()).append('\n');
    }
    text.append("Experience:\n");
    for (ExperienceEntry entry : cv.experience()) {
      text.append("- ").append(entry.title()).append(", ").append(entry.organisation())
          .append(" (").append(entry.period()).append(")\n");
      entry.highlights().forEach(highlight -> text.append("  * ").append(highlight).append('\n'));
    }
    text.append("Education:\n");
    for (EducationEntry entry : cv.education()) {
      text.append("- ").append(entry.qualification()).append(", ").append(entry.institution())
          .append('\n');
    }
    text.append("Certifications:\n");
    for (CertificationEntry entry : cv.certifications()) {
      text.append("- ").append(entry.name()).append('\n');
    }
    return ContactScrubber.scrub(cut(text.toString(), MAX_CV_CHARS));
  }

  private static String analysis(MatchResult local) {
    return "RULE-BASED ANALYSIS\nScore: " + local.score()
        + "\nRequired skills found: " + String.join(", ", local.matchedSkills())
        + "\nRequired skills missing: " + String.join(", ", local.missingSkills());
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
