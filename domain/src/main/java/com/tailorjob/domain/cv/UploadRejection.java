package com.tailorjob.domain.cv;

import java.util.Locale;

/**
 * Why an upload was refused before anything was stored. The last three are found before the
 * file itself can be read: the request is not a form upload, has no file, or cannot be parsed.
 */
public enum UploadRejection {
  EMPTY_FILE("the file is empty"),
  TOO_LARGE("the file is larger than the upload limit"),
  UNSUPPORTED_TYPE("only PDF and DOCX files are accepted"),
  MALFORMED_FILE("the file is damaged or incomplete"),
  NOT_MULTIPART("the file must be sent as a multipart/form-data upload"),
  MISSING_FILE("the upload carries no file"),
  MALFORMED_REQUEST("the upload request could not be read");

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
