package com.tailorjob.application.violation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deliberate breach: a use case logging directly instead of emitting events. */
public final class UseCaseThatLogs {

  private static final Logger LOG = LoggerFactory.getLogger(UseCaseThatLogs.class);

  public void run() {
    LOG.info("done");
  }
}
