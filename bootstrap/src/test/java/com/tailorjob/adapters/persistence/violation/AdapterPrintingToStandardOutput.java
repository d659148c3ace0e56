package com.tailorjob.adapters.persistence.violation;

/** Deliberate breach: an adapter writing technical detail to standard output. */
public final class AdapterPrintingToStandardOutput {

  public void run() {
    System.out.println("done");
  }
}
