package com.tailorjob.adapters.persistence.storage;

import java.util.Objects;

/** A static S3 access key pair; its text form never shows the secret. */
public record S3AccessKey(String accessKeyId, String secretAccessKey) {

  public S3AccessKey {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    if (accessKeyId.isBlank() || secretAccessKey.isBlank()) {
      throw new IllegalArgumentException("an S3 access key needs both an id and a secret");
    }
  }

  @Override
  public String toString() {
    return "S3AccessKey[accessKeyId=" + accessKeyId + ", secretAccessKey=****]";
  }
}
