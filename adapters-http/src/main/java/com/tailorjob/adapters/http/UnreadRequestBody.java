package com.tailorjob.adapters.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads what a client is still sending before an error answer goes out. Answered early, a
 * client still writing its body meets a closed connection: its writes fail with a broken pipe
 * and it never sees the status that explains why. A body declared larger than the largest the
 * API accepts is not read; that client is cut off as before.
 */
final class UnreadRequestBody {

  private final long maxBytes;

  UnreadRequestBody(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  void discard(Context ctx) {
    HttpServletRequest request = ctx.req();
    // A client waiting for "100 Continue" has sent no body yet, and needs to send none.
    boolean waitsToSend = "100-continue".equalsIgnoreCase(request.getHeader("Expect"));
    if (waitsToSend || request.getContentLengthLong() > maxBytes) {
      return;
    }

    try {
      InputStream body = request.getInputStream();
      byte[] buffer = new byte[8192];
      long read = 0;
      for (int n = body.read(buffer); n >= 0 && read <= maxBytes; n = body.read(buffer)) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away, or the body was read through a reader: nothing is left to read.
    }
  }
}
