package com.tailorjob.domain.event;

import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Events of uploading and deleting CVs. */
public sealed interface CvEvent extends DomainEvent {

  /** Where an upload was when it failed. */
  enum UploadStage {
    READING,
    DEDUPLICATING,
    PREPARING,
    STORING,
    RECORDING
  }

  /** {@code sizeBytes} is empty for an upload refused before its length was known. */
  record UploadStarted(UserId user, Filename filename, OptionalLong sizeBytes)
      implements CvEvent {
    public UploadStarted {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(sizeBytes, "sizeBytes");
    }

    public UploadStarted(UserId user, Filename filename, long sizeBytes) {
      this(user, filename, OptionalLong.of(sizeBytes));
    }

    @Override
    public String name() {
      return "cv.upload.started";
    }
  }

  record ValidationPassed(UserId user, Filename filename, CvFormat format, long sizeBytes)
      implements CvEvent {
    public ValidationPassed {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(format, "format");
    }

    @Override
    public String name() {
      return "cv.upload.validation_passed";
    }
  }

  /** {@code sizeBytes} is empty for an upload refused before its length was known. */
  record ValidationRejected(
      UserId user, Filename filename, UploadRejection reason, OptionalLong sizeBytes,
      Duration duration) implements CvEvent {
    public ValidationRejected {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(sizeBytes, "sizeBytes");
      Objects.requireNonNull(duration, "duration");
    }

    public ValidationRejected(
        UserId user, Filename filename, UploadRejection reason, long sizeBytes,
        Duration duration) {
      this(user, filename, reason, OptionalLong.of(sizeBytes), duration);
    }

    @Override
    public String name() {
      return "cv.upload.rejected";
    }
  }

  record DuplicateDetected(
      UserId user, Filename filename, ContentHash hash, CvId existing, Duration duration)
      implements CvEvent {
    public DuplicateDetected {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(existing, "existing");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "cv.upload.duplicate";
    }
  }

  record StorageUploadStarted(UserId user, Filename filename, ContentHash hash)
      implements CvEvent {
    public StorageUploadStarted {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String name() {
      return "cv.upload.storing";
    }
  }

  record StoredInStorage(UserId user, StorageKey path) implements CvEvent {
    public StoredInStorage {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
      return "cv.upload.stored";
    }
  }

  record RecordCreated(CvId cv, UserId user, Filename filename) implements CvEvent {
    public RecordCreated {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(filename, "filename");
    }

    @Override
    public String name() {
      return "cv.upload.recorded";
    }
  }

  record UploadCompleted(CvId cv, UserId user, Duration duration) implements CvEvent {
    public UploadCompleted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "cv.upload.succeeded";
    }
  }

  /** {@code cv} is the id the upload was given, once it had one; it may never be recorded. */
  record UploadFailed(
      Optional<CvId> cv, UserId user, Filename filename, UploadStage stage, Duration duration,
      Throwable cause) implements CvEvent {
    public UploadFailed {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "cv.upload.failed";
    }
  }

  record DeletionStarted(CvId cv, UserId user) implements CvEvent {
    public DeletionStarted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String name() {
      return "cv.delete.started";
    }
  }

  record Deleted(CvId cv, UserId user, Duration duration) implements CvEvent {
    public Deleted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "cv.delete.succeeded";
    }
  }

  /**
   * The CV's record is gone but storage could not remove its file. The deletion still succeeds:
   * the file's removal stays pending, and the pruning sweep carries it out.
   */
  record FileRemovalDeferred(CvId cv, UserId user, StorageKey path, Throwable cause)
      implements CvEvent {
    public FileRemovalDeferred {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "cv.delete.file_deferred";
    }
  }

  /** The CV does not exist or belongs to someone else; both look the same from outside. */
  record DeletionRejected(CvId cv, UserId user, String reason, Duration duration)
      implements CvEvent {
    public DeletionRejected {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "cv.delete.rejected";
    }
  }

  record DeletionFailed(CvId cv, UserId user, Duration duration, Throwable cause)
      implements CvEvent {
    public DeletionFailed {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String name() {
      return "cv.delete.failed";
    }
  }
}
