package com.tailorjob.application.job;

/** A job posting's title, description or requirements are not acceptable. */
public class InvalidJobException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidJobException(String message) {
    super(message);
  }
}
