package com.tailorjob.adapters.http;

/**
 * A refusal known only by its HTTP status, as Jetty or Javalin give it before any route runs:
 * the status it answers with, its stable code, and fixed words, since their own reasons may
 * repeat what the client sent.
 */
record StatusRefusal(int status, ErrorCode code, String message) {

  static StatusRefusal of(int status) {
    return switch (status) {
      case 404 -> new StatusRefusal(status, ErrorCode.NOT_FOUND, "no such resource");
      case 405 -> new StatusRefusal(status, ErrorCode.METHOD_NOT_ALLOWED,
          "this resource does not accept that method");
      case 413 -> new StatusRefusal(status, ErrorCode.REQUEST_TOO_LARGE,
          "the request body is too large");
      case 414 -> new StatusRefusal(status, ErrorCode.REQUEST_TOO_LARGE,
          "the request line is too long");
      case 431 -> new StatusRefusal(status, ErrorCode.REQUEST_TOO_LARGE,
          "the request headers are too large");
      case 503 -> new StatusRefusal(status, ErrorCode.SERVICE_UNAVAILABLE,
          "the service is briefly unavailable; try again later");
      default -> status >= 500
          ? new StatusRefusal(500, ErrorCode.INTERNAL_ERROR, "an unexpected error occurred")
          : new StatusRefusal(400, ErrorCode.BAD_REQUEST, "the request is malformed");
    };
  }
}
