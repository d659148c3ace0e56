package com.tailorjob.adapters.persistence.storage;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.StoredObjectNotFoundException;
import com.tailorjob.domain.cv.StorageKey;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Keeps files in one S3 bucket, on AWS S3 or an S3-compatible store, streaming them in and out
 * and sending large ones as multipart uploads that are aborted when they fail.
 */
public final class S3ObjectStorage implements ObjectStorage, AutoCloseable {

  /** User metadata key holding the hex SHA-256 of the object's bytes. */
  public static final String SHA256_METADATA = "sha256";

  private static final String PART_MEDIA_TYPE = "application/octet-stream";

  private final S3Client s3;
  private final S3StorageSettings settings;
  private final boolean ownsClient;

  /** Builds its own S3 client from the settings and closes it in {@link #close()}. */
  public S3ObjectStorage(S3StorageSettings settings) {
    this(S3Clients.build(settings), settings, true);
  }

  /** Uses a client made elsewhere, such as in tests; {@link #close()} leaves it open. */
  public S3ObjectStorage(S3Client s3, S3StorageSettings settings) {
    this(s3, settings, false);
  }

  private S3ObjectStorage(S3Client s3, S3StorageSettings settings, boolean ownsClient) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ownsClient = ownsClient;
  }

  /**
   * Fails fast when the bucket is missing or the credentials may not use it, for a check at
   * start-up.
   *
   * @throws com.tailorjob.application.port.out.StorageUnavailableException naming the problem
   */
  public void checkBucket() {
    try {
      s3.headBucket(request -> request.bucket(bucket()));
    } catch (SdkException e) {
      throw S3Failures.unavailable("reach", bucket(), "", e);
    }
  }

  @Override
  public void put(StorageKey key, ByteSource content, ObjectMetadata metadata) {
    try {
      if (content.size() > settings.multipartThresholdBytes()) {
        putInParts(key, content, metadata);
      } else {
        putWhole(key, content, metadata);
      }
    } catch (SdkException | UncheckedIOException e) {
      throw S3Failures.unavailable("store", bucket(), key.value(), e);
    }
  }

  @Override
  public InputStream open(StorageKey key) {
    try {
      return s3.getObject(request -> request.bucket(bucket()).key(key.value()));
    } catch (NoSuchKeyException e) {
      throw new StoredObjectNotFoundException(key);
    } catch (SdkException e) {
      throw S3Failures.unavailable("read", bucket(), key.value(), e);
    }
  }

  @Override
  public boolean exists(StorageKey key) {
    try {
      s3.headObject(request -> request.bucket(bucket()).key(key.value()));
      return true;
    } catch (S3Exception e) {
      if (S3Failures.isNotFound(e)) {
        return false;
      }
      throw S3Failures.unavailable("look up", bucket(), key.value(), e);
    } catch (SdkException e) {
      throw S3Failures.unavailable("look up", bucket(), key.value(), e);
    }
  }

  @Override
  public void delete(StorageKey key) {
    try {
      s3.deleteObject(request -> request.bucket(bucket()).key(key.value()));
    } catch (NoSuchKeyException e) {
      // Some S3-compatible stores answer 404 for a missing object; it is already gone.
    } catch (SdkException e) {
      throw S3Failures.unavailable("delete", bucket(), key.value(), e);
    }
  }

  @Override
  public void close() {
    if (ownsClient) {
      s3.close();
    }
  }

  private void putWhole(StorageKey key, ByteSource content, ObjectMetadata metadata) {
    try (S3ContentProvider body = S3ContentProvider.whole(content)) {
      s3.putObject(
          request -> request.bucket(bucket()).key(key.value())
              .contentType(metadata.mediaType())
              .contentLength(body.length())
              .metadata(userMetadata(metadata)),
          RequestBody.fromContentProvider(body, body.length(), metadata.mediaType()));
    }
  }

  private void putInParts(StorageKey key, ByteSource content, ObjectMetadata metadata) {
    String uploadId = s3.createMultipartUpload(
        request -> request.bucket(bucket()).key(key.value())
            .contentType(metadata.mediaType())
            .metadata(userMetadata(metadata))
            .checksumAlgorithm(partChecksum()))
        .uploadId();

    try {
      List<CompletedPart> parts = uploadParts(key, uploadId, content);
      s3.completeMultipartUpload(
          request -> request.bucket(bucket()).key(key.value()).uploadId(uploadId)
              .multipartUpload(upload -> upload.parts(parts)));
    } catch (RuntimeException e) {
      abort(key, uploadId, e);
      throw e;
    }
  }

  private List<CompletedPart> uploadParts(StorageKey key, String uploadId, ByteSource content) {
    long size = content.size();
    long partSize = settings.multipartPartSizeBytes();
    List<CompletedPart> parts = new ArrayList<>();
    for (long offset = 0; offset < size; offset += partSize) {
      long length = Math.min(partSize, size - offset);
      try (S3ContentProvider body = S3ContentProvider.range(content, offset, length)) {
        parts.add(uploadPart(key, uploadId, parts.size() + 1, body));
      }
    }
    return parts;
  }

  private CompletedPart uploadPart(
      StorageKey key, String uploadId, int partNumber, S3ContentProvider body) {
    UploadPartResponse response = s3.uploadPart(
        request -> request.bucket(bucket()).key(key.value()).uploadId(uploadId)
            .partNumber(partNumber)
            .contentLength(body.length())
            .checksumAlgorithm(partChecksum()),
        RequestBody.fromContentProvider(body, body.length(), PART_MEDIA_TYPE));
    return CompletedPart.builder()
        .partNumber(partNumber)
        .eTag(response.eTag())
        .checksumCRC32(response.checksumCRC32())
        .build();
  }

  /** Compensation: parts of a failed upload must not linger, unseen but billed. */
  private void abort(StorageKey key, String uploadId, RuntimeException failure) {
    try {
      s3.abortMultipartUpload(
          request -> request.bucket(bucket()).key(key.value()).uploadId(uploadId));
    } catch (SdkException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  /**
   * With flexible checksums on, AWS S3 completes a multipart upload only when every part and
   * the upload itself name the same algorithm, so it is set explicitly instead of left to the
   * SDK's per-request default.
   */
  private ChecksumAlgorithm partChecksum() {
    return settings.requestChecksumCalculation() == S3ChecksumMode.WHEN_SUPPORTED
        ? ChecksumAlgorithm.CRC32
        : null;
  }

  private static Map<String, String> userMetadata(ObjectMetadata metadata) {
    return Map.of(SHA256_METADATA, metadata.sha256().hex());
  }

  private String bucket() {
    return settings.bucket();
  }
}
