package com.tailorjob.application.cv;

import com.tailorjob.domain.cv.UploadRejection;

/** An upload was refused before anything was stored. */
public class CvRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final UploadRejection reason;

  public CvRejectedException(UploadRejection reason) {
    super(reason.explanation());
    this.reason = reason;
  }

  public UploadRejection reason() {
    return reason;
  }
}
