package com.tailorjob.adapters.persistence.storage;

import com.tailorjob.application.port.out.ByteSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * Streams one byte range of a {@link ByteSource} to the SDK, reopening the source whenever the
 * SDK starts over (signing, retries) so that nothing is held in memory.
 */
final class S3ContentProvider implements ContentStreamProvider, AutoCloseable {

  private final ByteSource source;
  private final long offset;
  private final long length;
  private InputStream current;

  private S3ContentProvider(ByteSource source, long offset, long length) {
    this.source = source;
    this.offset = offset;
    this.length = length;
  }

  static S3ContentProvider whole(ByteSource source) {
    return new S3ContentProvider(source, 0, source.size());
  }

  static S3ContentProvider range(ByteSource source, long offset, long length) {
    return new S3ContentProvider(source, offset, length);
  }

  long length() {
    return length;
  }

  @Override
  public synchronized InputStream newStream() {
    close();
    try {
      InputStream in = source.openStream();
      in.skipNBytes(offset);
      current = new Limited(in, length);
      return current;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the content to upload", e);
    }
  }

  /** Closes the last stream handed out; the SDK closes it too, and closing twice is harmless. */
  @Override
  public synchronized void close() {
    if (current == null) {
      return;
    }
    try {
      current.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the content being uploaded", e);
    } finally {
      current = null;
    }
  }

  /** Ends the stream after {@code remaining} bytes, so one part never reads into the next. */
  private static final class Limited extends FilterInputStream {

    private long remaining;

    Limited(InputStream in, long remaining) {
      super(in);
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int next = super.read();
      if (next >= 0) {
        remaining--;
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int read = super.read(buffer, off, (int) Math.min(len, remaining));
      if (read > 0) {
        remaining -= read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, remaining));
      remaining -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), remaining);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
      // Marks are not supported: the SDK starts over through newStream() instead.
    }

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark and reset are not supported");
    }
  }
}
