package com.tailorjob.adapters.ai.sections;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a section heading: a line on its own, in any case, with or without a trailing
 * colon, whose words are one of the common wordings. "Skills: Java, SQL" is a heading followed
 * by content on the same line.
 */
final class Headings {

  /** A recognised heading and whatever followed its colon on the same line. */
  record Heading(SectionKind kind, String inlineContent) {}

  private static final int MAX_WORDS = 6;
  private static final String LEADING_DECORATION = CvLines.WHITE_SPACE + "#=*_~•·-";
  private static final String TRAILING_DECORATION = LEADING_DECORATION + ":";

  private static final Map<String, SectionKind> WORDINGS = wordings();

  private Headings() {}

  static Optional<Heading> match(String line) {
    Optional<SectionKind> whole = kindOf(line);
    if (whole.isPresent()) {
      return Optional.of(new Heading(whole.get(), ""));
    }
    return inline(line);
  }

  /** Only sections whose content is used may start mid-line, so "Languages: Java" stays. */
  private static Optional<Heading> inline(String line) {
    int colon = line.indexOf(':');
    if (colon < 1 || colon == line.length() - 1) {
      return Optional.empty();
    }
    String rest = line.substring(colon + 1).strip();
    return kindOf(line.substring(0, colon))
        .filter(kind -> kind != SectionKind.OTHER)
        .map(kind -> new Heading(kind, rest));
  }

  /**
   * Every line of a CV comes through here, so the words are read by hand rather than with
   * regular expressions, which cost more than the rest of section extraction together.
   */
  private static Optional<SectionKind> kindOf(String text) {
    String words = CvLines.trimEdges(text, LEADING_DECORATION, TRAILING_DECORATION);
    if (words.isEmpty() || hasMoreWordsThan(words, MAX_WORDS)) {
      return Optional.empty();
    }
    String lowerCase = words.toLowerCase(Locale.ROOT).replace("&", " and ");
    String key = CvLines.collapseWhiteSpace(lowerCase).strip();
    return Optional.ofNullable(WORDINGS.get(key));
  }

  /**
   * Counts the words of a text that neither starts nor ends with white space, stopping past the
   * limit: most lines are sentences, far longer than any heading.
   */
  private static boolean hasMoreWordsThan(String words, int limit) {
    int count = 1;
    for (int i = 1; i < words.length() && count <= limit; i++) {
      if (isWhiteSpace(words.charAt(i)) && !isWhiteSpace(words.charAt(i - 1))) {
        count++;
      }
    }
    return count > limit;
  }

  private static boolean isWhiteSpace(char c) {
    return CvLines.WHITE_SPACE.indexOf(c) >= 0;
  }

  private static Map<String, SectionKind> wordings() {
    Map<String, SectionKind> wordings = new HashMap<>();
    add(wordings, SectionKind.SKILLS, List.of("skills", "technical skills", "core competencies",
        "key skills", "competencies", "core skills", "skills and competencies",
        "professional skills", "areas of expertise", "expertise", "technologies",
        "tech stack", "technical proficiencies", "skills summary", "clinical skills",
        "tools and technologies", "skills and tools", "key competencies", "skill set",
        "skillset", "technical expertise"));
    add(wordings, SectionKind.EXPERIENCE, List.of("experience", "work experience",
        "professional experience", "employment history", "career history", "employment",
        "work history", "relevant experience", "clinical experience", "professional history",
        "employment experience", "career experience", "experience history"));
    add(wordings, SectionKind.EDUCATION, List.of("education", "academic background",
        "qualifications", "education and training", "academic qualifications",
        "education and qualifications", "academic history", "educational background",
        "academic record"));
    add(wordings, SectionKind.CERTIFICATIONS, List.of("certifications", "certificates",
        "certification", "licenses and certifications", "licences and certifications",
        "certifications and licenses", "certifications and licences", "licenses", "licences",
        "professional certifications", "accreditations", "certifications and training",
        "courses and certifications", "professional development"));
    add(wordings, SectionKind.SUMMARY, List.of("summary", "profile", "about me",
        "professional summary", "career summary", "personal profile", "objective",
        "career objective", "professional profile", "about", "executive summary",
        "personal statement"));
    add(wordings, SectionKind.CONTACT, List.of("contact", "contact details",
        "contact information", "contact info", "personal details", "personal information",
        "get in touch"));
    add(wordings, SectionKind.OTHER, List.of("projects", "personal projects", "key projects",
        "interests", "hobbies", "hobbies and interests", "interests and hobbies", "references",
        "languages", "spoken languages", "publications", "awards", "honours", "honors",
        "achievements", "awards and achievements", "volunteering", "volunteer experience",
        "volunteer work", "activities", "memberships", "professional memberships",
        "additional information", "portfolio", "links"));
    return Map.copyOf(wordings);
  }

  private static void add(Map<String, SectionKind> wordings, SectionKind kind,
      List<String> phrases) {
    phrases.forEach(phrase -> wordings.put(phrase, kind));
  }
}
