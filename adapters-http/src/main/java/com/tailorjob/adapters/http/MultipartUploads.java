package com.tailorjob.adapters.http;

import com.tailorjob.domain.cv.UploadRejection;
import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.http.Part;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the file part of a multipart upload while holding at most a few kilobytes of it in
 * memory: the container spools larger parts to a temporary file and stops reading at the limit.
 */
final class MultipartUploads {

  private static final Logger LOG = LoggerFactory.getLogger(MultipartUploads.class);

  /** Room for the part headers and boundaries around a file of the maximum size. */
  private static final long ENVELOPE_BYTES = 64L * 1024;
  private static final int IN_MEMORY_BYTES = 16 * 1024;
  private static final List<String> LIMIT_MESSAGES =
      List.of("max file size exceeded", "max length exceeded");

  private final HttpSettings settings;

  MultipartUploads(HttpSettings settings) {
    this.settings = settings;
  }

  void configure(MultipartConfig multipart) {
    multipart.cacheDirectory(settings.multipartTempDir().toString());
    multipart.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
    multipart.maxTotalRequestSize(maxRequestBytes(), SizeUnit.BYTES);
    multipart.maxInMemoryFileSize(IN_MEMORY_BYTES, SizeUnit.BYTES);
  }

  /**
   * @throws RefusedUpload when the body is not multipart, is over the limit, has no file part
   *     of that name or cannot be parsed
   */
  UploadedFile filePart(Context ctx, String name) {
    if (!ctx.isMultipartFormData()) {
      throw refused(ctx, UploadRejection.NOT_MULTIPART);
    }
    if (ctx.req().getContentLengthLong() > maxRequestBytes()) {
      throw refused(ctx, UploadRejection.TOO_LARGE);
    }

    UploadedFile file = parse(ctx, name);
    if (file == null) {
      throw refused(ctx, UploadRejection.MISSING_FILE);
    }
    return file;
  }

  /**
   * Deletes the spooled parts as soon as the use case is done with them. Jetty would delete
   * them too, but only after the response has gone out; this keeps disk use to the handler.
   */
  void discardParts(Context ctx) {
    try {
      for (Part part : ctx.req().getParts()) {
        part.delete();
      }
    } catch (Exception e) { // the container still removes them when the request completes
      LOG.warn("Could not delete spooled upload parts early; the container will", e);
    }
  }

  private UploadedFile parse(Context ctx, String name) {
    try {
      return ctx.uploadedFile(name);
    } catch (Exception e) { // Kotlin lets a checked ServletException escape undeclared
      throw refused(ctx,
          overLimit(e) ? UploadRejection.TOO_LARGE : UploadRejection.MALFORMED_REQUEST);
    }
  }

  /**
   * Jetty stops reading at the configured limits and says so only in the message of the cause
   * it wraps (as a 400 "bad multipart"), so the cause chain is the one place to tell a body too
   * large from a broken one.
   */
  private static boolean overLimit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (t instanceof IllegalStateException
          && LIMIT_MESSAGES.stream().anyMatch(message::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /** The largest request body the API accepts: an upload of the limit and its envelope. */
  long maxRequestBytes() {
    return settings.maxUploadBytes() + ENVELOPE_BYTES;
  }

  private static RefusedUpload refused(Context ctx, UploadRejection reason) {
    return new RefusedUpload(reason, ctx.req().getContentLengthLong());
  }
}
