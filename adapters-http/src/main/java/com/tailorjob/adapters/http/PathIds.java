package com.tailorjob.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Function;

/**
 * Reads an id the client names, in the request path or in a JSON body. An id that cannot exist
 * is simply not found: its shape is nobody's business.
 */
final class PathIds {

  private static final String PARAM = "id";

  private PathIds() {}

  /**
   * @param parse the id's constructor, which refuses a malformed value
   * @throws HttpProblem 404 with {@code notFound} as message when the value is malformed
   */
  static <T> T id(Context ctx, Function<String, T> parse, String notFound) {
    return named(ctx.pathParam(PARAM), parse, notFound);
  }

  /**
   * The same rule for an id given as a field of a request body.
   *
   * @throws HttpProblem 404 with {@code notFound} as message when the value is malformed
   */
  static <T> T named(String value, Function<String, T> parse, String notFound) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, notFound);
    }
  }
}
