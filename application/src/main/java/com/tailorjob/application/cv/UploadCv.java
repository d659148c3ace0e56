package com.tailorjob.application.cv;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.DuplicateCvException;
import com.tailorjob.application.port.out.IdGenerator;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.ObjectStorage.ObjectMetadata;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.PendingFileRemovals;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.cv.UploadRejection;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.event.CvEvent.UploadStage;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Accepts a CV file: checks what it really is, skips bytes the owner already uploaded, stores
 * the file and records it with its parse queued. A failure part way leaves nothing behind: the
 * stored object is removed again when the record cannot be written. Should that removal fail
 * too, or the process end between storing and recording, the removal noted before the file was
 * stored stays pending, and the pruning sweep carries it out. Every upload ends in exactly one
 * outcome event: completed, duplicate, rejected or failed.
 */
public final class UploadCv {

  private final CvRepository cvs;
  private final ObjectStorage storage;
  private final PendingFileRemovals removals;
  private final IdGenerator ids;
  private final Observability observability;
  private final Clock clock;
  private final CvContentInspector inspector;

  @Inject
  public UploadCv(
      CvRepository cvs, ObjectStorage storage, PendingFileRemovals removals, IdGenerator ids,
      Observability observability, Clock clock, UploadLimits limits) {
    this.cvs = cvs;
    this.storage = storage;
    this.removals = removals;
    this.ids = ids;
    this.observability = observability;
    this.clock = clock;
    this.inspector = new CvContentInspector(limits);
  }

  /** An upload as received: the client's filename is for display only. */
  public record Command(UserId owner, String filename, ByteSource content, RequestId requestId) {
    public Command {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(requestId, "requestId");
    }
  }

  /**
   * An upload its adapter refused before the content could be read: a body declared or found
   * larger than the limit, or a request that carries no readable file.
   *
   * @param filename the client's name for the file, when the request got as far as naming it
   * @param declaredSize the size the client announced, when it announced one
   */
  public record Refusal(
      UserId owner, Optional<String> filename, OptionalLong declaredSize,
      UploadRejection reason) {
    public Refusal {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(declaredSize, "declaredSize");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Reports an upload refused before its content could be read, so that it starts and ends
   * like any other upload: with {@code cv.upload.started} and its rejection.
   *
   * @throws CvRejectedException always, with the refusal's reason
   */
  public void refuse(Refusal refusal) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    Filename filename = Filename.fromClient(refusal.filename().orElse(null));
    observability.emit(
        new CvEvent.UploadStarted(refusal.owner(), filename, refusal.declaredSize()));

    observability.emit(new CvEvent.ValidationRejected(refusal.owner(), filename,
        refusal.reason(), refusal.declaredSize(), stopwatch.elapsed()));
    throw new CvRejectedException(refusal.reason());
  }

  /**
   * @throws CvRejectedException when the file is empty, too large, not a PDF or DOCX, or damaged
   * @throws OperationFailedException when storing or recording failed; nothing was kept, or
   *     what was stored is pending removal
   */
  public UploadedCv upload(Command command) {
    // The request id reaches this upload's lines however the use case was called, not only
    // through the HTTP adapter.
    try (Observability.Scope scope =
        observability.openScope(command.requestId(), command.owner())) {
      return uploadInScope(command);
    }
  }

  private UploadedCv uploadInScope(Command command) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    Upload upload = new Upload(command, Filename.fromClient(command.filename()), stopwatch);
    observability.emit(
        new CvEvent.UploadStarted(upload.owner(), upload.filename(), command.content().size()));

    InspectedContent content = inspect(upload);

    Optional<Cv> existing = existingCopy(upload, content);
    if (existing.isPresent()) {
      return duplicate(upload, existing.get());
    }

    Cv cv = prepare(upload, content);
    store(upload, cv);
    return record(upload, cv);
  }

  private InspectedContent inspect(Upload upload) {
    try {
      InspectedContent content = inspector.inspect(upload.command().content());
      observability.emit(new CvEvent.ValidationPassed(
          upload.owner(), upload.filename(), content.format(), content.sizeBytes()));
      return content;
    } catch (CvRejectedException e) {
      observability.emit(new CvEvent.ValidationRejected(upload.owner(), upload.filename(),
          e.reason(), upload.command().content().size(), upload.stopwatch().elapsed()));
      throw e;
    } catch (IOException | RuntimeException e) {
      throw fail(upload, UploadStage.READING, e);
    }
  }

  private Optional<Cv> existingCopy(Upload upload, InspectedContent content) {
    try {
      return cvs.findByContentHash(upload.owner(), content.hash());
    } catch (RuntimeException e) {
      throw fail(upload, UploadStage.DEDUPLICATING, e);
    }
  }

  private Cv prepare(Upload upload, InspectedContent content) {
    try {
      return Cv.uploaded(ids.newCvId(), upload.owner(), upload.filename(), content.format(),
          content.sizeBytes(), content.hash(), clock.instant());
    } catch (RuntimeException e) {
      throw fail(upload, UploadStage.PREPARING, e);
    }
  }

  /** The removal is noted first, so that no stored file goes unnoticed whatever happens next. */
  private void store(Upload upload, Cv cv) {
    observability.emit(
        new CvEvent.StorageUploadStarted(upload.owner(), upload.filename(), cv.contentHash()));
    try {
      removals.noteUpload(cv.storageKey(), clock.instant());
    } catch (RuntimeException e) {
      throw fail(upload, cv, UploadStage.STORING, e);
    }

    ObjectMetadata metadata =
        new ObjectMetadata(cv.sizeBytes(), cv.contentHash(), cv.format().mediaType());
    try {
      storage.put(cv.storageKey(), upload.command().content(), metadata);
    } catch (RuntimeException e) {
      removeStoredObject(cv, e);
      throw fail(upload, cv, UploadStage.STORING, e);
    }
    observability.emit(new CvEvent.StoredInStorage(upload.owner(), cv.storageKey()));
  }

  private UploadedCv record(Upload upload, Cv cv) {
    ParseRequest parse =
        new ParseRequest(cv.id(), cv.owner(), upload.command().requestId(), clock.instant());
    try {
      cvs.addAndQueueParse(cv, parse);
    } catch (DuplicateCvException e) {
      removeStoredObject(cv, e);
      return lostRace(upload, cv, e);
    } catch (RuntimeException e) {
      removeStoredObject(cv, e);
      throw fail(upload, cv, UploadStage.RECORDING, e);
    }

    observability.emit(new CvEvent.RecordCreated(cv.id(), cv.owner(), cv.filename()));
    observability.emit(
        new CvEvent.UploadCompleted(cv.id(), cv.owner(), upload.stopwatch().elapsed()));
    return new UploadedCv(cv, false);
  }

  /**
   * An identical upload was recorded between the duplicate check and this one's record: its CV
   * is the answer. Should it be gone again already, trying again would succeed.
   */
  private UploadedCv lostRace(Upload upload, Cv cv, DuplicateCvException race) {
    Optional<Cv> winner;
    try {
      winner = cvs.findByContentHash(upload.owner(), cv.contentHash());
    } catch (RuntimeException e) {
      e.addSuppressed(race);
      throw fail(upload, cv, UploadStage.RECORDING, e);
    }
    if (winner.isEmpty()) {
      emitFailure(upload, Optional.of(cv.id()), UploadStage.RECORDING, race);
      throw new OperationFailedException("CV upload", true, race);
    }
    return duplicate(upload, winner.get());
  }

  private UploadedCv duplicate(Upload upload, Cv existing) {
    observability.emit(new CvEvent.DuplicateDetected(upload.owner(), upload.filename(),
        existing.contentHash(), existing.id(), upload.stopwatch().elapsed()));
    return new UploadedCv(existing, true);
  }

  /**
   * Compensation: a stored object without its record must not survive a failed upload. When the
   * object cannot be deleted, its removal stays pending for the sweep.
   */
  private void removeStoredObject(Cv cv, Exception failure) {
    try {
      storage.delete(cv.storageKey());
      removals.forget(cv.storageKey());
    } catch (RuntimeException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  /** A failure before the CV had an id. */
  private OperationFailedException fail(Upload upload, UploadStage stage, Exception cause) {
    emitFailure(upload, Optional.empty(), stage, cause);
    return new OperationFailedException("CV upload", cause);
  }

  private OperationFailedException fail(
      Upload upload, Cv cv, UploadStage stage, Exception cause) {
    emitFailure(upload, Optional.of(cv.id()), stage, cause);
    return new OperationFailedException("CV upload", cause);
  }

  private void emitFailure(
      Upload upload, Optional<CvId> cv, UploadStage stage, Exception cause) {
    observability.emit(new CvEvent.UploadFailed(cv, upload.owner(), upload.filename(), stage,
        upload.stopwatch().elapsed(), cause));
  }

  private record Upload(Command command, Filename filename, Stopwatch stopwatch) {
    UserId owner() {
      return command.owner();
    }
  }
}
