package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.ContentHash;

/** The owner already has a CV with these exact bytes. */
public class DuplicateCvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ContentHash hash;

  public DuplicateCvException(ContentHash hash, Throwable cause) {
    super("a CV with content hash " + hash.prefix() + "... already exists", cause);
    this.hash = hash;
  }

  public ContentHash hash() {
    return hash;
  }
}
