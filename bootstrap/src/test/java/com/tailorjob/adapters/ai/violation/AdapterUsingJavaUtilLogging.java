package com.tailorjob.adapters.ai.violation;

import java.util.logging.Logger;

/**
 * Deliberate breach: an adapter logging through java.util.logging. It keeps no logger field, so
 * GeneralCodingRules.USE_JAVA_UTIL_LOGGING, which looks only at fields being set, misses it.
 */
public final class AdapterUsingJavaUtilLogging {

  public void run() {
    Logger.getLogger(AdapterUsingJavaUtilLogging.class.getName()).info("done");
  }
}
