package com.tailorjob.adapters.http;

import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * A request the adapter itself refuses, before or instead of calling a use case. Its message is
 * written for the client and goes into the response as it is.
 */
final class HttpProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final ErrorCode code;
  private final transient Map<String, String> headers;

  HttpProblem(HttpStatus status, ErrorCode code, String message) {
    this(status, code, message, Map.of());
  }

  HttpProblem(HttpStatus status, ErrorCode code, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.headers = Map.copyOf(headers);
  }

  static HttpProblem unauthorized(String message) {
    return new HttpProblem(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHORIZED, message,
        Map.of("WWW-Authenticate", "Bearer"));
  }

  static HttpProblem badRequest(String message) {
    return new HttpProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST, message);
  }

  HttpStatus status() {
    return status;
  }

  ErrorCode code() {
    return code;
  }

  Map<String, String> headers() {
    return headers;
  }
}
