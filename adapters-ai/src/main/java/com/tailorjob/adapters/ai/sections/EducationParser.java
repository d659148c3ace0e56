package com.tailorjob.adapters.ai.sections;

import com.tailorjob.domain.parse.CvSections.EducationEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Groups an education section into qualifications. Each heading line brings a degree, a school,
 * a date or several; a line bringing something the current entry already has starts the next.
 * Bullets and other lines (grades, modules) are details and are skipped.
 */
final class EducationParser {

  private static final Pattern DEGREE_ABBREVIATION = Pattern.compile("\\b(?:BSc|MSc|BA|MA|BS|MS"
      + "|BEng|MEng|MBA|PhD|DPhil|BSN|MSN|ADN|HND|HNC|BTEC|GCSEs?|LLB|LLM|MD|MPhil|MRes)\\b"
      + "|\\b(?:B\\.Sc|M\\.Sc|B\\.S|M\\.S|B\\.A|M\\.A|Ph\\.D)\\.?");
  private static final Pattern DEGREE_WORD = Pattern.compile("\\b(?:bachelor|master|doctor"
      + "|doctorate|diploma|degree|associate of|a-levels?|certificate in|high school diploma)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern INSTITUTION = Pattern.compile("\\b(?:university|college|school"
      + "|institute|academy|polytechnic|conservatory|universit[éy]|universidad)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[,|]\\s*|\\s+[-–—]\\s+"
      + "|\\s+at\\s+");

  private EducationParser() {}

  static List<EducationEntry> parse(List<String> lines) {
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    for (String line : lines) {
      if (CvLines.isBullet(line) || CvLines.isProse(line)) {
        continue;
      }
      Draft found = Draft.of(line);
      if (found.isEmpty()) {
        continue;
      }
      if (current == null || current.overlaps(found)) {
        current = new Draft();
        drafts.add(current);
      }
      current.fillFrom(found);
    }
    return drafts.stream().map(Draft::toEntry).flatMap(Optional::stream).toList();
  }

  static boolean namesDegree(String text) {
    return DEGREE_ABBREVIATION.matcher(text).find() || DEGREE_WORD.matcher(text).find();
  }

  private static boolean namesInstitution(String text) {
    return INSTITUTION.matcher(text).find();
  }

  /** The slots of one qualification, filled line by line. */
  private static final class Draft {
    String qualification = "";
    String institution = "";
    String period = "";

    static Draft of(String line) {
      Draft draft = new Draft();
      draft.period = CvLines.anyDate(line).orElse("");
      String rest = draft.period.isEmpty() ? line : CvLines.without(line, draft.period);
      List<String> parts = PART_SEPARATOR.splitAsStream(rest)
          .map(CvLines::trimSeparators)
          .filter(part -> !part.isEmpty())
          .toList();

      for (String part : parts) {
        if (draft.qualification.isEmpty() && namesDegree(part)) {
          draft.qualification = part;
        } else if (draft.institution.isEmpty() && namesInstitution(part)) {
          draft.institution = part;
        }
      }
      boolean oneNamed = draft.qualification.isEmpty() != draft.institution.isEmpty();
      if (oneNamed && parts.size() == 2) {
        draft.fillOther(parts);
      }
      return draft;
    }

    /** "MSc Data Science, Imperial": the part beside a degree is its school, and back. */
    private void fillOther(List<String> parts) {
      String other = parts.get(0).equals(qualification) || parts.get(0).equals(institution)
          ? parts.get(1)
          : parts.get(0);
      if (qualification.isEmpty()) {
        qualification = other;
      } else {
        institution = other;
      }
    }

    boolean isEmpty() {
      return qualification.isEmpty() && institution.isEmpty() && period.isEmpty();
    }

    boolean overlaps(Draft other) {
      return !qualification.isEmpty() && !other.qualification.isEmpty()
          || !institution.isEmpty() && !other.institution.isEmpty()
          || !period.isEmpty() && !other.period.isEmpty();
    }

    void fillFrom(Draft other) {
      qualification = qualification.isEmpty() ? other.qualification : qualification;
      institution = institution.isEmpty() ? other.institution : institution;
      period = period.isEmpty() ? other.period : period;
    }

    Optional<EducationEntry> toEntry() {
      if (qualification.isEmpty() && institution.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new EducationEntry(qualification, institution, period));
    }
  }
}
