package com.tailorjob.bootstrap.violation;

/** Deliberate breach: bootstrap printing to standard error outside Main's start-up report. */
public final class BootstrapPrintingToStandardError {

  public void run() {
    System.err.println("started");
  }
}
