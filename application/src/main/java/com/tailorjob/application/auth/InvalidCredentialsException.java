package com.tailorjob.application.auth;

/** The e-mail and password do not match an account. Says nothing about which part was wrong. */
public class InvalidCredentialsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidCredentialsException() {
    super("invalid e-mail or password");
  }
}
