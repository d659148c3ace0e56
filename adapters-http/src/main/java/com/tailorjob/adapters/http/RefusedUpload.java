package com.tailorjob.adapters.http;

import com.tailorjob.domain.cv.UploadRejection;
import java.util.OptionalLong;

/**
 * The adapter could not take a file out of an upload request. It is reported through the
 * upload use case, so the refusal is logged as an upload like any other.
 */
final class RefusedUpload extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final long UNKNOWN = -1;

  private final UploadRejection reason;
  private final long declaredBytes;

  RefusedUpload(UploadRejection reason, long declaredBytes) {
    super(reason.explanation(), null, false, false);
    this.reason = reason;
    this.declaredBytes = declaredBytes < 0 ? UNKNOWN : declaredBytes;
  }

  UploadRejection reason() {
    return reason;
  }

  /** The request's Content-Length, unless it was sent without one. */
  OptionalLong declaredSize() {
    return declaredBytes == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(declaredBytes);
  }
}
