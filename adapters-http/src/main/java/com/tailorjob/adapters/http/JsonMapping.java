package com.tailorjob.adapters.http;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;

/**
 * The one JSON dialect of the API: snake_case keys, ISO-8601 instants and dates, and decimals
 * written out plainly. It also bounds how large a JSON body each route reads.
 */
final class JsonMapping {

  /** Credentials and match requests are a few hundred bytes. */
  static final long SMALL_BODY_BYTES = 64L * 1024;

  /**
   * A job posting may hold a 50,000-character description and 100 requirements; in a script
   * of three UTF-8 bytes per character that is about 180 KB.
   */
  static final long JOB_BODY_BYTES = 256L * 1024;

  /** What the server reads at most for any route, before the route's own limit applies. */
  static final long LARGEST_BODY_BYTES = JOB_BODY_BYTES;

  private final ObjectMapper mapper;

  JsonMapping() {
    this.mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Reads a small request body as the given web record.
   *
   * @throws HttpProblem 400 when the body is not a JSON object of that shape, 413 when it is
   *     larger than {@link #SMALL_BODY_BYTES}
   */
  <T> T read(Context ctx, Class<T> type) {
    return read(ctx, type, SMALL_BODY_BYTES);
  }

  /**
   * Reads the request body as the given web record, refusing one over {@code maxBytes}.
   *
   * @throws HttpProblem 400 when the body is not a JSON object of that shape, 413 when it is
   *     too large
   */
  <T> T read(Context ctx, Class<T> type, long maxBytes) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxBytes) {
      throw tooLarge();
    }

    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw badBody();
      }
      return value;
    } catch (IOException e) {
      throw badBody();
    }
  }

  private static HttpProblem badBody() {
    return new HttpProblem(
        HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST, "the request body is not valid JSON");
  }

  private static HttpProblem tooLarge() {
    return new HttpProblem(HttpStatus.CONTENT_TOO_LARGE, ErrorCode.REQUEST_TOO_LARGE,
        "the request body is too large");
  }
}
