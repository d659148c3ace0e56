package com.tailorjob.domain.cv;

import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** An uploaded CV: who owns it, what file it is, where the bytes are and how far parsing got. */
public record Cv(
    CvId id,
    UserId owner,
    Filename filename,
    CvFormat format,
    long sizeBytes,
    ContentHash contentHash,
    StorageKey storageKey,
    CvStatus status,
    Instant uploadedAt) {

  public Cv {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(storageKey, "storageKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(uploadedAt, "uploadedAt");
    if (sizeBytes < 1) {
      throw new IllegalArgumentException("a CV has at least one byte");
    }
  }

  /** A CV that has just been stored and waits for its parse. */
  public static Cv uploaded(
      CvId id, UserId owner, Filename filename, CvFormat format, long sizeBytes,
      ContentHash hash, Instant now) {
    StorageKey key = StorageKey.forCv(owner, id, format);
    return new Cv(id, owner, filename, format, sizeBytes, hash, key, CvStatus.UPLOADED, now);
  }

  public boolean isOwnedBy(UserId user) {
    return owner.equals(user);
  }
}
