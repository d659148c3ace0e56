package com.tailorjob.domain.parse;

import java.util.Locale;

/** Why a CV file could not be turned into text. */
public enum ParseFailureReason {
  ENCRYPTED("the file is password-protected"),
  CORRUPT("the file is damaged or truncated"),
  NO_TEXT("the file has no extractable text, such as a scanned image"),
  TOO_LARGE("the file exceeds the page, text or unpacked-size limits"),
  TIMEOUT("reading the file took longer than allowed"),
  MISSING_FILE("the stored file is gone; upload the CV again");

  private final String explanation;

  ParseFailureReason(String explanation) {
    this.explanation = explanation;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String explanation() {
    return explanation;
  }
}
