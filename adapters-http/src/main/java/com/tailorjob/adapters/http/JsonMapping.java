package com.tailorjob.adapters.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;

/**
 * The one JSON dialect of the API: snake_case keys, ISO-8601 instants and dates, and decimals
 * written out plainly. It also bounds how large a JSON body each route reads, and reads it
 * strictly: one object, no key twice, text where text is expected and no NUL character in it,
 * which PostgreSQL cannot store.
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
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .addModule(new SimpleModule("text").addDeserializer(String.class, new TextWithoutNul()))
        .build();
    for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer,
        CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
    }
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
        throw wrongShape();
      }
      return value;
    } catch (NulInTextException e) {
      throw new HttpProblem(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.VALIDATION_FAILED,
          "text may not contain the NUL character (U+0000)");
    } catch (JsonParseException e) {
      throw new HttpProblem(
          HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST, "the request body is not valid JSON");
    } catch (IOException e) {
      throw wrongShape();
    }
  }

  private static HttpProblem wrongShape() {
    return new HttpProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST,
        "the request body is not one JSON object with the fields and types this route takes");
  }

  private static HttpProblem tooLarge() {
    return new HttpProblem(HttpStatus.CONTENT_TOO_LARGE, ErrorCode.REQUEST_TOO_LARGE,
        "the request body is too large");
  }

  /** Jackson's own text reading, refusing the one character PostgreSQL cannot store. */
  private static final class TextWithoutNul extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = super.deserialize(parser, context);
      if (text != null && text.indexOf('\u0000') >= 0) {
        throw new NulInTextException(parser);
      }
      return text;
    }
  }

  private static final class NulInTextException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    NulInTextException(JsonParser parser) {
      super(parser, "text holds a NUL character");
    }
  }
}
