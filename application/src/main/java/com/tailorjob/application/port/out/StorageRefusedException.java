package com.tailorjob.application.port.out;

/**
 * The store answered, and refused in a way that trying again will not change: the bucket does
 * not exist, or the credentials may not use it. It needs an operator, not a retry.
 */
public class StorageRefusedException extends StorageUnavailableException {

  private static final long serialVersionUID = 1L;

  public StorageRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
