package com.tailorjob.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;

/** The sentence an operator needs from a failed start, out of Guice's wrapping. */
final class StartFailure {

  private StartFailure() {}

  static String reason(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof ProvisionException || cause instanceof CreationException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }
}
