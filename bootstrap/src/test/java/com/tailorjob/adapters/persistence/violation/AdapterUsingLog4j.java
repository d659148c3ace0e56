package com.tailorjob.adapters.persistence.violation;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Deliberate breach: a module other than the logging adapter using log4j2 directly. */
public final class AdapterUsingLog4j {

  private static final Logger LOG = LogManager.getLogger(AdapterUsingLog4j.class);

  public void run() {
    LOG.info("done");
  }
}
