package com.tailorjob.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare socket to a running API, for requests an HTTP client library would not send: a body
 * left unfinished, or one trickled in over a slow link.
 */
final class RawHttpConnection implements AutoCloseable {

  private static final int PIECE_BYTES = 16 * 1024;
  private static final long PAUSE_MILLIS = 5;

  private final Socket socket;

  RawHttpConnection(ApiClient client) throws IOException {
    socket = new Socket("127.0.0.1", client.port());
    socket.setSoTimeout(10_000);
  }

  void write(String ascii) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(ascii.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Writes the bytes in small pieces with a pause after each. */
  void trickle(byte[] bytes) throws IOException, InterruptedException {
    OutputStream out = socket.getOutputStream();
    for (int from = 0; from < bytes.length; from += PIECE_BYTES) {
      out.write(bytes, from, Math.min(PIECE_BYTES, bytes.length - from));
      out.flush();
      Thread.sleep(PAUSE_MILLIS);
    }
  }

  /** The start of the response: its status line, headers and some of its body. */
  String readSome() throws IOException {
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    int read = in.read(buffer);
    return new String(buffer, 0, Math.max(read, 0), StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
