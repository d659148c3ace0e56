package com.tailorjob.application.port.out;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes of known length that can be read more than once, such as an uploaded file spooled to
 * disk. Each call to {@link #openStream()} starts from the first byte; the caller closes it.
 */
public interface ByteSource {

  InputStream openStream() throws IOException;

  long size();

  static ByteSource ofBytes(byte[] bytes) {
    byte[] copy = bytes.clone();
    return new ByteSource() {
      @Override
      public InputStream openStream() {
        return new ByteArrayInputStream(copy);
      }

      @Override
      public long size() {
        return copy.length;
      }
    };
  }

  static ByteSource ofFile(Path file) throws IOException {
    long size = Files.size(file);
    return new ByteSource() {
      @Override
      public InputStream openStream() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public long size() {
        return size;
      }
    };
  }
}
