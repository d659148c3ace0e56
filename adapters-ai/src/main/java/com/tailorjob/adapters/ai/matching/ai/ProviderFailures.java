package com.tailorjob.adapters.ai.matching.ai;

import com.tailorjob.application.port.out.MatcherUnavailableException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;

/**
 * Turns what a provider call threw into a {@link MatcherUnavailableException} with a stable
 * reason. Provider messages are dropped: an error body can quote the request or part of the
 * API key, so only the exception type and HTTP status travel on, with the original stack.
 */
final class ProviderFailures {

  static final String TIMEOUT = "timeout";
  static final String RATE_LIMITED = "rate_limited";
  static final String PROVIDER_ERROR = "provider_error";
  static final String BAD_ANSWER = "bad_answer";
  static final String CIRCUIT_OPEN = "circuit_open";

  private ProviderFailures() {}

  static MatcherUnavailableException map(RuntimeException failure, String model) {
    if (failure instanceof MatcherUnavailableException unavailable) {
      return unavailable;
    }
    if (failure instanceof CallNotPermittedException) {
      return new MatcherUnavailableException(CIRCUIT_OPEN,
          "the circuit to chat model " + model + " is open after repeated failures", null);
    }
    RedactedCause cause = new RedactedCause(failure);
    if (failure instanceof TimeoutException) {
      return new MatcherUnavailableException(TIMEOUT,
          "chat model " + model + " did not answer in time", cause);
    }
    if (failure instanceof RateLimitException) {
      return new MatcherUnavailableException(RATE_LIMITED,
          "chat model " + model + " refused the call: rate limited", cause);
    }
    String detail = failure instanceof AuthenticationException
        ? "the provider refused the API key" : "the provider failed";
    return new MatcherUnavailableException(PROVIDER_ERROR,
        "chat model " + model + " call failed: " + detail + cause.statusText(), cause);
  }

  /** The type, HTTP status and stack of a provider failure, without its message. */
  static final class RedactedCause extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    RedactedCause(Throwable failure) {
      super(failure.getClass().getName() + statusOf(failure).map(s -> " HTTP " + s).orElse(""));
      this.status = statusOf(failure).orElse(0);
      setStackTrace(failure.getStackTrace());
    }

    String statusText() {
      return status == 0 ? "" : " (HTTP " + status + ")";
    }

    private static Optional<Integer> statusOf(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof HttpException http) {
          return Optional.of(http.statusCode());
        }
      }
      return Optional.empty();
    }
  }
}
