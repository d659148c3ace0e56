package com.tailorjob.adapters.ai.sections;

import com.tailorjob.application.port.out.SectionExtractor;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ExtractedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits CV text into sections by recognising common headings line by line, then reads each
 * section with rules for its usual layouts. It is deterministic and never fails on odd text:
 * what it does not recognise it leaves out.
 */
public final class HeuristicSectionExtractor implements SectionExtractor {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  private static final Pattern LINK =
      Pattern.compile("(?i:https?://|www\\.|linkedin\\.com|github\\.com)");
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{6,}\\d");
  private static final int MIN_PHONE_DIGITS = 9;

  @Override
  public CvSections extract(ExtractedText text) {
    SectionedLines sectioned = SectionedLines.of(text.text());

    return new CvSections(
        SkillsParser.parse(sectioned.lines(SectionKind.SKILLS)),
        ExperienceParser.parse(sectioned.lines(SectionKind.EXPERIENCE)),
        EducationParser.parse(sectioned.lines(SectionKind.EDUCATION)),
        CertificationParser.parse(sectioned.lines(SectionKind.CERTIFICATIONS)),
        summary(sectioned.lines(SectionKind.SUMMARY)),
        contact(sectioned));
  }

  private static String summary(List<String> lines) {
    return lines.stream().map(CvLines::withoutBullet).collect(Collectors.joining(" "));
  }

  /** The contact section, and any contact details written above the first heading. */
  private static List<String> contact(SectionedLines sectioned) {
    Set<String> contact = new LinkedHashSet<>();
    sectioned.lines(SectionKind.CONTACT).stream()
        .map(CvLines::withoutBullet)
        .forEach(contact::add);
    sectioned.preamble().stream()
        .filter(HeuristicSectionExtractor::looksLikeContactDetail)
        .forEach(contact::add);
    return new ArrayList<>(contact);
  }

  /** An e-mail address, a web profile, or a phone number (long enough not to be a date range). */
  private static boolean looksLikeContactDetail(String line) {
    // The address pattern backtracks from every word character: look for its "@" first.
    boolean email = line.indexOf('@') >= 0 && EMAIL.matcher(line).find();
    if (email || LINK.matcher(line).find()) {
      return true;
    }
    Matcher phone = PHONE.matcher(line);
    while (phone.find()) {
      if (phone.group().chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS) {
        return true;
      }
    }
    return false;
  }
}
