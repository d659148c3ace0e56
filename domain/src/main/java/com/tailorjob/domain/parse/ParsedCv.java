package com.tailorjob.domain.parse;

import java.time.Instant;
import java.util.Objects;

/** The outcome of a successful parse: sections, page count and how well it went. */
public record ParsedCv(CvSections sections, int pageCount, ParseQuality quality, Instant parsedAt) {

  public ParsedCv {
    Objects.requireNonNull(sections, "sections");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(parsedAt, "parsedAt");
    if (pageCount < 0) {
      throw new IllegalArgumentException("a page count cannot be negative");
    }
  }
}
