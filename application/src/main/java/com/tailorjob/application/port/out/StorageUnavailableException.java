package com.tailorjob.application.port.out;

/** Object storage could not be reached, refused the operation, or failed part way. */
public class StorageUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageUnavailableException(String message) {
    super(message);
  }
}
