package com.tailorjob.application.port.out;

/** Another account already uses the e-mail address. The address is not in the message. */
public class EmailAlreadyRegisteredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EmailAlreadyRegisteredException(Throwable cause) {
    super("an account with this e-mail address already exists", cause);
  }
}
