package com.tailorjob.adapters.persistence.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * An exception written out as a log layout writes it: its {@code toString}, then the message of
 * every cause and suppressed exception, with their stack frames. Tests search it for data that
 * must never reach a log line.
 */
public final class PrintedFailure {

  private PrintedFailure() {}

  public static String of(Throwable failure) {
    StringWriter printed = new StringWriter();
    try (PrintWriter writer = new PrintWriter(printed)) {
      failure.printStackTrace(writer);
    }
    return printed.toString();
  }
}
