package com.tailorjob.adapters.ai.sections;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tidied, non-blank lines of a CV, filed under the heading they follow. */
final class SectionedLines {

  private final List<String> preamble = new ArrayList<>();
  private final Map<SectionKind, List<String>> sections = new EnumMap<>(SectionKind.class);

  private SectionedLines() {}

  static SectionedLines of(String text) {
    SectionedLines sectioned = new SectionedLines();
    List<String> target = sectioned.preamble;
    for (String raw : text.split("\n")) {
      String line = CvLines.tidy(raw);
      if (line.isEmpty()) {
        continue;
      }
      Optional<Headings.Heading> heading = Headings.match(line);
      if (heading.isPresent()) {
        target = sectioned.sections.computeIfAbsent(heading.get().kind(), k -> new ArrayList<>());
        line = heading.get().inlineContent();
      }
      if (!line.isEmpty()) {
        target.add(line);
      }
    }
    return sectioned;
  }

  /** Lines before the first heading: usually the name and contact details. */
  List<String> preamble() {
    return List.copyOf(preamble);
  }

  List<String> lines(SectionKind kind) {
    return List.copyOf(sections.getOrDefault(kind, List.of()));
  }
}
