package com.tailorjob.adapters.persistence.storage;

import com.tailorjob.application.port.out.StorageRefusedException;
import com.tailorjob.application.port.out.StorageUnavailableException;
import java.util.Set;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns what the S3 client throws into {@link StorageUnavailableException}s that name the
 * bucket, the key and the problem in words an operator can act on. Messages are built from
 * error codes and status only, so no credential or signature detail can reach a log line.
 */
final class S3Failures {

  private static final Set<String> ACCESS_DENIED_CODES =
      Set.of("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken",
          "InvalidToken", "AllAccessDisabled");

  private S3Failures() {}

  static StorageUnavailableException unavailable(
      String action, String bucket, String key, RuntimeException failure) {
    String where = key.isEmpty()
        ? "bucket '" + bucket + "'"
        : "'" + key + "' in bucket '" + bucket + "'";
    String message = "S3 storage could not " + action + " " + where + ": " + problem(failure);
    return isLasting(failure)
        ? new StorageRefusedException(message, failure)
        : new StorageUnavailableException(message, failure);
  }

  /**
   * A refusal that no retry cures and an operator must look into: a missing bucket, denied
   * access, or any other 4xx about the request itself (a checksum the store does not accept),
   * and 501 for an operation it does not implement. A timeout (408), a conflict (409) and
   * throttling pass as brief.
   */
  private static boolean isLasting(RuntimeException failure) {
    if (!(failure instanceof S3Exception s3) || s3.isThrottlingException()) {
      return false;
    }
    int status = s3.statusCode();
    boolean clientError = status >= 400 && status < 500
        && status != 408 && status != 409 && status != 429;
    return clientError || status == 501 || ACCESS_DENIED_CODES.contains(errorCode(s3));
  }

  static boolean isNotFound(S3Exception failure) {
    return failure.statusCode() == 404;
  }

  private static String problem(RuntimeException failure) {
    if (failure instanceof S3Exception s3) {
      return refusal(s3) + " (" + errorCode(s3) + ", HTTP " + s3.statusCode() + ")";
    }
    if (failure instanceof ApiCallTimeoutException
        || failure instanceof ApiCallAttemptTimeoutException) {
      return "the request timed out";
    }
    if (failure instanceof SdkClientException) {
      return "the store could not be reached or the transfer broke off ("
          + rootCause(failure).getClass().getSimpleName() + ")";
    }
    if (failure instanceof SdkException) {
      return "the S3 client failed (" + failure.getClass().getSimpleName() + ")";
    }
    return "reading the content failed (" + rootCause(failure).getClass().getSimpleName() + ")";
  }

  private static String refusal(S3Exception failure) {
    String code = errorCode(failure);
    if ("NoSuchBucket".equals(code)) {
      return "the bucket does not exist";
    }
    if (failure.statusCode() == 403 || ACCESS_DENIED_CODES.contains(code)) {
      return "access was denied; check the access key, its secret and the bucket policy";
    }
    if (failure.isThrottlingException()) {
      return "the store is throttling requests";
    }
    if (failure.statusCode() >= 500) {
      return "the store failed to answer";
    }
    return "the store refused the request";
  }

  private static String errorCode(S3Exception failure) {
    if (failure.awsErrorDetails() == null || failure.awsErrorDetails().errorCode() == null) {
      return "no error code";
    }
    return failure.awsErrorDetails().errorCode();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
