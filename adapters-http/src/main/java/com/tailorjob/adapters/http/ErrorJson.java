package com.tailorjob.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response. {@code status} appears only when the error is about the
 * state a resource is in, such as a CV whose parse has not finished; it is that resource's
 * {@code status} as its own JSON shows it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorJson(String error, String message, String requestId, String status) {

  ErrorJson(String error, String message, String requestId) {
    this(error, message, requestId, null);
  }
}
