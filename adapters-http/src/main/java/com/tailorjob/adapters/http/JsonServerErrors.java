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
 * as every other refusal, instead of Jetty's HTML page, in the words of {@link StatusRefusal}.
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
    StatusRefusal refusal = StatusRefusal.of(status);
    ErrorJson error = new ErrorJson(refusal.code().code(), refusal.message(), requestId);
    try {
      return ByteBuffer.wrap(json.writeValueAsBytes(error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body could not be written", e);
    }
  }
}
