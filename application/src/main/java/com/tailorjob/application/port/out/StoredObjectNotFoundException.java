package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.StorageKey;

/** No object is stored under the key asked for. */
public class StoredObjectNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoredObjectNotFoundException(StorageKey key) {
    super("no stored object under " + key);
  }
}
