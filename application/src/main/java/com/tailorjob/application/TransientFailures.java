package com.tailorjob.application;

import com.tailorjob.application.port.out.StorageRefusedException;
import com.tailorjob.application.port.out.StorageUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure that trying again later may cure (storage or the database out of reach, a
 * connection lost, a server shutting down) from one that will happen again. Adapters wrap what
 * their libraries throw, so the whole cause chain is searched for storage and database
 * failures, using JDK types only: a JDBC driver's exception is an {@link SQLException}
 * whatever library wraps it. An I/O error counts only as the failure itself: deeper in a chain
 * it is as likely a document that failed to parse (JSON libraries throw I/O exceptions).
 */
public final class TransientFailures {

  /** SQLState classes of an unreachable or overloaded server: connection, resources. */
  private static final String CONNECTION_EXCEPTION = "08";
  private static final String INSUFFICIENT_RESOURCES = "53";
  /** PostgreSQL's operator intervention: shutdown, crash, not accepting connections yet. */
  private static final String SERVER_GOING_AWAY = "57P0";

  private TransientFailures() {}

  public static boolean isTransient(Throwable failure) {
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      return true;
    }
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof StorageRefusedException) {
        return false;
      }
      if (isUnavailable(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnavailable(Throwable t) {
    if (t instanceof StorageUnavailableException
        || t instanceof SQLTransientException
        || t instanceof SQLRecoverableException) {
      return true;
    }
    return t instanceof SQLException sql && isTransientState(sql.getSQLState());
  }

  private static boolean isTransientState(String state) {
    return state != null
        && (state.startsWith(CONNECTION_EXCEPTION)
            || state.startsWith(INSUFFICIENT_RESOURCES)
            || state.startsWith(SERVER_GOING_AWAY));
  }
}
