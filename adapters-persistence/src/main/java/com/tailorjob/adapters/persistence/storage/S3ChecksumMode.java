package com.tailorjob.adapters.persistence.storage;

import java.util.Locale;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;

/**
 * When the S3 client adds and checks the flexible (CRC) checksums that AWS S3 supports but
 * older S3-compatible stores reject; see {@link S3StorageSettings} for which stores need what.
 */
public enum S3ChecksumMode {
  /** Send and verify a CRC checksum on every request that allows one: right for AWS S3. */
  WHEN_SUPPORTED,
  /** Only where the operation demands a checksum: for stores without flexible checksums. */
  WHEN_REQUIRED;

  /**
   * Reads a mode written as {@code when_supported} or {@code when_required}, in any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static S3ChecksumMode parse(String text) {
    String normalised = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (S3ChecksumMode mode : values()) {
      if (mode.name().equals(normalised)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "checksum mode must be when_supported or when_required, not '" + text + "'");
  }

  RequestChecksumCalculation forRequests() {
    return this == WHEN_SUPPORTED
        ? RequestChecksumCalculation.WHEN_SUPPORTED
        : RequestChecksumCalculation.WHEN_REQUIRED;
  }

  ResponseChecksumValidation forResponses() {
    return this == WHEN_SUPPORTED
        ? ResponseChecksumValidation.WHEN_SUPPORTED
        : ResponseChecksumValidation.WHEN_REQUIRED;
  }
}
