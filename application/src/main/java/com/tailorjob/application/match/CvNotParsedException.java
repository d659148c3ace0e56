package com.tailorjob.application.match;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;

/** A CV can be matched only once its parse has succeeded. */
public class CvNotParsedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final CvStatus status;

  public CvNotParsedException(CvId cv, CvStatus status) {
    super("CV " + cv + " is " + status.code() + ", not parsed");
    this.status = status;
  }

  public CvStatus status() {
    return status;
  }
}
