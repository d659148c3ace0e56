package com.tailorjob.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.application.port.out.StorageRefusedException;
import com.tailorjob.application.port.out.StorageUnavailableException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransientFailuresTest {

  @Test
  void finds_a_pool_timeout_wrapped_by_a_database_library() {
    RuntimeException failure = new IllegalStateException("Unable to open a connection",
        new SQLTransientConnectionException("Connection is not available"));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isTrue();
  }

  @Test
  void counts_a_connection_the_driver_gave_up_on_as_transient() {
    RuntimeException failure =
        new IllegalStateException("statement failed", new SQLRecoverableException("gone"));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"08001", "08006", "53300", "53100", "57P01", "57P03"})
  void counts_the_sql_states_of_an_unreachable_or_overloaded_server_as_transient(
      String state) {
    RuntimeException failure = new IllegalStateException("statement failed",
        new SQLException("server said no", state, new ConnectException("refused")));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "42P01", "22001", "57014"})
  void does_not_count_a_statement_the_database_refused_as_transient(String state) {
    RuntimeException failure = new IllegalStateException("statement failed",
        new SQLException("bad statement", state));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isFalse();
  }

  @Test
  void does_not_count_a_sql_exception_without_a_state_as_transient() {
    RuntimeException failure = new IllegalStateException("statement failed",
        new SQLIntegrityConstraintViolationException("duplicate key"));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isFalse();
  }

  @Test
  void counts_storage_that_cannot_be_reached_as_transient() {
    RuntimeException failure = new StorageUnavailableException("bucket unreachable");

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isTrue();
  }

  @Test
  void does_not_count_a_store_that_refuses_for_good_as_transient() {
    RuntimeException failure = new OperationFailedException("CV upload",
        new StorageRefusedException("the bucket does not exist", null));

    boolean transientFailure = TransientFailures.isTransient(failure);

    assertThat(transientFailure).isFalse();
  }

  @Test
  void counts_a_failed_read_or_write_as_transient() {
    RuntimeException failure = new UncheckedIOException(new IOException("disk full"));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isTrue();
  }

  @Test
  void does_not_count_a_stored_document_that_failed_to_parse_as_transient() {
    RuntimeException failure = new IllegalStateException("stored sections are not JSON",
        new CharConversionException("unexpected character"));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isFalse();
  }

  @Test
  void does_not_count_a_programming_error_as_transient() {
    RuntimeException failure = new IllegalStateException("unexpected state",
        new NullPointerException("no value"));

    boolean retryable = TransientFailures.isTransient(failure);

    assertThat(retryable).isFalse();
  }

  @Test
  void stops_at_a_cause_chain_that_loops() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);

    boolean retryable = TransientFailures.isTransient(first);

    assertThat(retryable).isFalse();
  }
}
