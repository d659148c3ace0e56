package com.tailorjob.adapters.http.violation;

/** Deliberate breach: an adapter printing a stack trace to standard error. */
public final class AdapterPrintingAStackTrace {

  public void run(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      e.printStackTrace();
    }
  }
}
