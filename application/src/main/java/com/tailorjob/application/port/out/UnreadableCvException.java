package com.tailorjob.application.port.out;

import com.tailorjob.domain.parse.ParseFailureReason;

/** A CV file could not be read as text, for a reason its owner can act on. */
public class UnreadableCvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ParseFailureReason reason;

  public UnreadableCvException(ParseFailureReason reason, Throwable cause) {
    super(reason.explanation(), cause);
    this.reason = reason;
  }

  public UnreadableCvException(ParseFailureReason reason) {
    this(reason, null);
  }

  public ParseFailureReason reason() {
    return reason;
  }
}
