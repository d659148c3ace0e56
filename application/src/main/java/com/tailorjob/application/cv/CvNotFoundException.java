package com.tailorjob.application.cv;

import com.tailorjob.domain.cv.CvId;

/** No CV with this id belongs to the caller; someone else's CV looks the same. */
public class CvNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CvNotFoundException(CvId id) {
    super("no CV " + id);
  }
}
