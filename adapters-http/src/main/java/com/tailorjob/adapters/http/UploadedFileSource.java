package com.tailorjob.adapters.http;

import com.tailorjob.application.port.out.ByteSource;
import io.javalin.http.UploadedFile;
import java.io.InputStream;

/**
 * An uploaded part as the application reads it. The container keeps a small part in memory and
 * spools a larger one to a temporary file; either way each stream starts again at the first
 * byte, and the part is deleted when the upload handler is done.
 */
final class UploadedFileSource implements ByteSource {

  private final UploadedFile file;

  UploadedFileSource(UploadedFile file) {
    this.file = file;
  }

  @Override
  public InputStream openStream() {
    return file.content();
  }

  @Override
  public long size() {
    return file.size();
  }
}
