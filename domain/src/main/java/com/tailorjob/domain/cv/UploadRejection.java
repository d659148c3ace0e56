package com.tailorjob.domain.cv;

import java.util.Locale;

/** Why an upload was refused before anything was stored. */
public enum UploadRejection {
  EMPTY_FILE("the file is empty"),
  TOO_LARGE("the file is larger than the upload limit"),
  UNSUPPORTED_TYPE("only PDF and DOCX files are accepted"),
  MALFORMED_FILE("the file is damaged or incomplete");

  private final String explanation;

  UploadRejection(String explanation) {
    this.explanation = explanation;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String explanation() {
    return explanation;
  }
}
