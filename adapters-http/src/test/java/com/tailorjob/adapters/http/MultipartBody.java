package com.tailorjob.adapters.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds a multipart/form-data body by hand, so tests control every byte a client sends. */
final class MultipartBody {

  private final String boundary = "tailorjob-test-boundary-7f3a9c";
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  MultipartBody file(String field, String filename, String contentType, byte[] content) {
    write("--" + boundary + "\r\n");
    write("Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
        + "\"\r\n");
    write("Content-Type: " + contentType + "\r\n\r\n");
    bytes.writeBytes(content);
    write("\r\n");
    return this;
  }

  MultipartBody field(String field, String value) {
    write("--" + boundary + "\r\n");
    write("Content-Disposition: form-data; name=\"" + field + "\"\r\n\r\n");
    write(value + "\r\n");
    return this;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] toBytes() {
    ByteArrayOutputStream done = new ByteArrayOutputStream();
    done.writeBytes(bytes.toByteArray());
    done.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return done.toByteArray();
  }

  private void write(String text) {
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
