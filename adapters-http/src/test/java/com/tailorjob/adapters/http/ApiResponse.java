package com.tailorjob.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as a test reads it: status, headers, and the body as text and JSON. */
record ApiResponse(int status, String body, HttpResponse<String> raw) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ApiResponse of(HttpResponse<String> response) {
    return new ApiResponse(response.statusCode(), response.body(), response);
  }

  JsonNode json() {
    try {
      return MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  String field(String name) {
    return json().path(name).asText();
  }

  Optional<String> header(String name) {
    return raw.headers().firstValue(name);
  }

  String contentType() {
    return header("Content-Type").orElse("");
  }
}
