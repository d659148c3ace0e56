package com.tailorjob.adapters.http;

import java.util.Locale;

/** The stable codes clients may branch on; the message beside them is for people. */
enum ErrorCode {
  BAD_REQUEST,
  VALIDATION_FAILED,
  UNAUTHORIZED,
  NOT_FOUND,
  METHOD_NOT_ALLOWED,
  EMAIL_TAKEN,
  CV_NOT_PARSED,
  FILE_TOO_LARGE,
  REQUEST_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE,
  INVALID_FILE,
  TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE,
  INTERNAL_ERROR;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
