package com.tailorjob.domain.cv;

/** The size bounds an upload must respect. */
public record UploadLimits(long maxBytes) {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public UploadLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the upload limit must be positive");
    }
  }

  public static UploadLimits standard() {
    return new UploadLimits(DEFAULT_MAX_BYTES);
  }

  public boolean allows(long sizeBytes) {
    return sizeBytes <= maxBytes;
  }
}
