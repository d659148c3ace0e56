package com.tailorjob.adapters.ai.sections;

import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups an experience section into jobs. A job starts with its heading lines (title, employer,
 * dates in any order and layout); bullets and sentences under them are its highlights. A new job
 * starts at a heading line after highlights, or at a second date range or title line.
 */
final class ExperienceParser {

  private ExperienceParser() {}

  static List<ExperienceEntry> parse(List<String> lines) {
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    for (String line : lines) {
      boolean highlight = CvLines.isBullet(line) || CvLines.isProse(line);
      if (current == null || !highlight && current.endsBefore(line)) {
        current = new Draft();
        drafts.add(current);
      }
      if (highlight) {
        current.highlights.add(CvLines.withoutBullet(line));
      } else {
        current.heading.add(line);
      }
    }
    return drafts.stream().map(Draft::toEntry).flatMap(Optional::stream).toList();
  }

  /** The lines of one job while they are being collected. */
  private static final class Draft {
    final List<String> heading = new ArrayList<>();
    final List<String> highlights = new ArrayList<>();

    boolean endsBefore(String line) {
      if (!highlights.isEmpty()) {
        return true;
      }
      boolean hasPeriod = period().isPresent();
      if (CvLines.dateRange(line).isPresent() && hasPeriod) {
        return true;
      }
      return hasPeriod && TitleLine.isJoined(line) && heading.stream().anyMatch(
          TitleLine::isJoined);
    }

    Optional<String> period() {
      return heading.stream().map(CvLines::dateRange).flatMap(Optional::stream).findFirst();
    }

    Optional<ExperienceEntry> toEntry() {
      String period = period().orElse("");
      List<String> parts = heading.stream()
          .map(line -> period.isEmpty() ? line : CvLines.without(line, period))
          .map(CvLines::trimSeparators)
          .filter(part -> !part.isEmpty())
          .toList();
      if (parts.isEmpty() && period.isEmpty()) {
        return Optional.empty();
      }

      TitleLine.RoleAndPlace role = roleAndPlace(parts);
      return Optional.of(new ExperienceEntry(role.role(), role.place(), period, highlights));
    }

    private static TitleLine.RoleAndPlace roleAndPlace(List<String> parts) {
      if (parts.isEmpty()) {
        return new TitleLine.RoleAndPlace("", "");
      }
      TitleLine.RoleAndPlace first = TitleLine.split(parts.get(0));
      if (first.place().isEmpty() && parts.size() > 1) {
        return TitleLine.ordered(parts.get(0), parts.get(1));
      }
      return first;
    }
  }
}
