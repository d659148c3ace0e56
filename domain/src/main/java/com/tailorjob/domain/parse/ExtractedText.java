package com.tailorjob.domain.parse;

import java.util.Objects;

/** The plain text of a CV file and how many pages it had (DOCX counts as one page). */
public record ExtractedText(String text, int pageCount) {

  public ExtractedText {
    Objects.requireNonNull(text, "text");
    if (pageCount < 0) {
      throw new IllegalArgumentException("a page count cannot be negative");
    }
  }

  @Override
  public String toString() {
    return "ExtractedText[chars=" + text.length() + ", pages=" + pageCount + "]";
  }
}
