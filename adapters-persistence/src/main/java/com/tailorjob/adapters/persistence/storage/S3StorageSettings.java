package com.tailorjob.adapters.persistence.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how {@link S3ObjectStorage} reaches its bucket, on AWS S3 or an S3-compatible store.
 *
 * <ul>
 *   <li>{@code endpoint}: empty for AWS S3; the store's base URL (such as
 *       {@code http://minio:9000}) for anything else.
 *   <li>{@code pathStyleAccess}: {@code true} puts the bucket in the path
 *       ({@code host/bucket/key}) instead of the host name; MinIO, S3Proxy and most Ceph
 *       gateways need it, AWS S3 and Cloudflare R2 do not.
 *   <li>{@code accessKey}: a static key pair; when empty the AWS SDK default credentials chain
 *       is used (system properties, {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY},
 *       web identity, the shared {@code ~/.aws} profile, container and instance roles).
 *   <li>{@code requestChecksumCalculation} / {@code responseChecksumValidation}: AWS SDK 2.30
 *       and later send a CRC checksum with every upload, as an {@code aws-chunked} body with a
 *       signed trailer, and check the one returned on download. AWS S3 supports this, so keep
 *       {@link S3ChecksumMode#WHEN_SUPPORTED} there. Stores that predate it reject such uploads,
 *       typically with HTTP 400, {@code SignatureDoesNotMatch}, or "x-amz-content-sha256 does
 *       not match", and need {@link S3ChecksumMode#WHEN_REQUIRED} for both: S3Proxy 2.6 (shown
 *       by this module's tests), MinIO releases from before 2025, older Ceph RGW, the Google
 *       Cloud Storage XML API, and several hosted stores (OTC, OSS, COS, OBS).
 *   <li>{@code multipartThresholdBytes}: objects larger than this are sent as a multipart
 *       upload in parts of {@code multipartPartSizeBytes} (at least 5 MiB, the S3 minimum).
 *   <li>{@code connectionTimeout} / {@code socketTimeout}: for opening a connection and for
 *       each wait on data; a stalled transfer fails instead of hanging a request thread. Their
 *       sum also bounds each call with its retries ({@link #callTimeout()}), so a store that
 *       stops answering costs a request one socket timeout, not one per attempt.
 *   <li>{@code maxAttempts}: total tries of the SDK's standard retry strategy (with backoff)
 *       for throttling, 5xx answers and I/O errors; 1 turns retries off.
 * </ul>
 */
public record S3StorageSettings(
    String bucket,
    String region,
    Optional<URI> endpoint,
    boolean pathStyleAccess,
    Optional<S3AccessKey> accessKey,
    S3ChecksumMode requestChecksumCalculation,
    S3ChecksumMode responseChecksumValidation,
    long multipartThresholdBytes,
    long multipartPartSizeBytes,
    Duration connectionTimeout,
    Duration socketTimeout,
    int maxAttempts) {

  public static final long MIN_PART_SIZE_BYTES = 5L * 1024 * 1024;
  public static final long DEFAULT_MULTIPART_THRESHOLD_BYTES = 16L * 1024 * 1024;
  public static final long DEFAULT_PART_SIZE_BYTES = 8L * 1024 * 1024;
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  public S3StorageSettings {
    requireText(bucket, "bucket");
    requireText(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    endpoint.ifPresent(S3StorageSettings::requireHttpUrl);
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(requestChecksumCalculation, "requestChecksumCalculation");
    Objects.requireNonNull(responseChecksumValidation, "responseChecksumValidation");
    if (multipartThresholdBytes < 1) {
      throw new IllegalArgumentException("the S3 multipart threshold must be positive");
    }
    if (multipartPartSizeBytes < MIN_PART_SIZE_BYTES) {
      throw new IllegalArgumentException("an S3 multipart part must be at least 5 MiB");
    }
    requirePositive(connectionTimeout, "connection timeout");
    requirePositive(socketTimeout, "socket timeout");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("S3 max attempts must be at least 1");
    }
  }

  /** How long one call may take, its retries included. */
  public Duration callTimeout() {
    return connectionTimeout.plus(socketTimeout);
  }

  /** The defaults for AWS S3: SDK credentials chain, virtual-host style, flexible checksums. */
  public static S3StorageSettings forBucket(String bucket, String region) {
    return new S3StorageSettings(bucket, region, Optional.empty(), false, Optional.empty(),
        S3ChecksumMode.WHEN_SUPPORTED, S3ChecksumMode.WHEN_SUPPORTED,
        DEFAULT_MULTIPART_THRESHOLD_BYTES, DEFAULT_PART_SIZE_BYTES,
        DEFAULT_CONNECTION_TIMEOUT, DEFAULT_SOCKET_TIMEOUT, DEFAULT_MAX_ATTEMPTS);
  }

  public S3StorageSettings withBucket(String otherBucket) {
    return new S3StorageSettings(otherBucket, region, endpoint, pathStyleAccess, accessKey,
        requestChecksumCalculation, responseChecksumValidation, multipartThresholdBytes,
        multipartPartSizeBytes, connectionTimeout, socketTimeout, maxAttempts);
  }

  public S3StorageSettings withEndpoint(URI storeEndpoint) {
    return new S3StorageSettings(bucket, region, Optional.of(storeEndpoint), pathStyleAccess,
        accessKey, requestChecksumCalculation, responseChecksumValidation,
        multipartThresholdBytes, multipartPartSizeBytes, connectionTimeout, socketTimeout,
        maxAttempts);
  }

  public S3StorageSettings withPathStyleAccess(boolean pathStyle) {
    return new S3StorageSettings(bucket, region, endpoint, pathStyle, accessKey,
        requestChecksumCalculation, responseChecksumValidation, multipartThresholdBytes,
        multipartPartSizeBytes, connectionTimeout, socketTimeout, maxAttempts);
  }

  public S3StorageSettings withAccessKey(S3AccessKey key) {
    return new S3StorageSettings(bucket, region, endpoint, pathStyleAccess, Optional.of(key),
        requestChecksumCalculation, responseChecksumValidation, multipartThresholdBytes,
        multipartPartSizeBytes, connectionTimeout, socketTimeout, maxAttempts);
  }

  /** Uses the same mode for request checksums and response validation, as stores need. */
  public S3StorageSettings withChecksumMode(S3ChecksumMode mode) {
    return new S3StorageSettings(bucket, region, endpoint, pathStyleAccess, accessKey, mode,
        mode, multipartThresholdBytes, multipartPartSizeBytes, connectionTimeout,
        socketTimeout, maxAttempts);
  }

  public S3StorageSettings withMultipart(long thresholdBytes, long partSizeBytes) {
    return new S3StorageSettings(bucket, region, endpoint, pathStyleAccess, accessKey,
        requestChecksumCalculation, responseChecksumValidation, thresholdBytes, partSizeBytes,
        connectionTimeout, socketTimeout, maxAttempts);
  }

  public S3StorageSettings withTimeouts(Duration connection, Duration socket) {
    return new S3StorageSettings(bucket, region, endpoint, pathStyleAccess, accessKey,
        requestChecksumCalculation, responseChecksumValidation, multipartThresholdBytes,
        multipartPartSizeBytes, connection, socket, maxAttempts);
  }

  public S3StorageSettings withMaxAttempts(int attempts) {
    return new S3StorageSettings(bucket, region, endpoint, pathStyleAccess, accessKey,
        requestChecksumCalculation, responseChecksumValidation, multipartThresholdBytes,
        multipartPartSizeBytes, connectionTimeout, socketTimeout, attempts);
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("the S3 " + name + " must not be blank");
    }
  }

  /** An endpoint override must name a scheme the SDK speaks and a host. */
  public static void requireHttpUrl(URI uri) {
    String scheme = uri.getScheme();
    boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    if (!http || uri.getHost() == null) {
      throw new IllegalArgumentException("the S3 endpoint must be an http(s) URL with a host");
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the S3 " + name + " must be positive");
    }
  }
}
