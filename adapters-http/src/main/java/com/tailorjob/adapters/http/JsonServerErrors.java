package com.tailorjob.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tailorjob.application.port.out.IdGenerator;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to requests it refuses before any route sees them (headers too large, a path
 * that cannot be decoded, a malformed request line): the same JSON error, with a request id,
 * as every other refusal, instead of Jetty's HTML page. The words are fixed per status, since
 * Jetty's own reasons may repeat what the client sent.
 */
final class JsonServerErrors extends ErrorHandler {

  private final IdGenerator ids;
  private final ObjectMapper json;

  JsonServerErrors(IdGenerator ids, ObjectMapper json) {
    this.ids = ids;
    this.json = json;
  }

  @Override
  protected void generateResponse(Request request, Response response, int status,
      String message, Throwable cause, Callback callback) {
    ByteBuffer body = describe(status, response.getHeaders());

    response.write(true, body, callback);
  }

  /** Requests so malformed that Jetty answers them from the connection, with no request. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable headers) {
    return describe(status, headers);
  }

  private ByteBuffer describe(int status, HttpFields.Mutable headers) {
    String requestId = ids.newRequestId().value();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    headers.put(RequestContext.REQUEST_ID_HEADER, requestId);
    ErrorJson error = new ErrorJson(codeFor(status).code(), messageFor(status), requestId);
    try {
      return ByteBuffer.wrap(json.writeValueAsBytes(error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body could not be written", e);
    }
  }

  private static ErrorCode codeFor(int status) {
    return switch (status) {
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 413, 414, 431 -> ErrorCode.REQUEST_TOO_LARGE;
      case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
      default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
    };
  }

  private static String messageFor(int status) {
    return switch (status) {
      case 404 -> "no such resource";
      case 405 -> "this resource does not accept that method";
      case 413 -> "the request body is too large";
      case 414 -> "the request line is too long";
      case 431 -> "the request headers are too large";
      case 503 -> "the service is briefly unavailable; try again later";
      default -> status >= 500 ? "an unexpected error occurred" : "the request is malformed";
    };
  }
}
