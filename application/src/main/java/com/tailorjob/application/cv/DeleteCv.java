package com.tailorjob.application.cv;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.port.out.PendingFileRemovals;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Removes a CV's record and then its file. The record goes first, in one transaction with a
 * note that the file is to be removed: a record without its file would be a broken CV, while a
 * file whose removal is noted cannot stay behind. So once the record is gone the deletion has
 * succeeded; when storage fails to remove the file, the pruning sweep removes it later.
 */
public final class DeleteCv {

  private final CvRepository cvs;
  private final ObjectStorage storage;
  private final PendingFileRemovals removals;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public DeleteCv(
      CvRepository cvs, ObjectStorage storage, PendingFileRemovals removals,
      Observability observability, Clock clock) {
    this.cvs = cvs;
    this.storage = storage;
    this.removals = removals;
    this.observability = observability;
    this.clock = clock;
  }

  /**
   * @throws CvNotFoundException when the caller has no CV with this id
   * @throws OperationFailedException when the record could not be removed; the CV is intact
   */
  public void delete(UserId owner, CvId id) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new CvEvent.DeletionStarted(id, owner));

    StorageKey file = deleteRecord(owner, id, stopwatch);

    removeFile(owner, id, file);
    observability.emit(new CvEvent.Deleted(id, owner, stopwatch.elapsed()));
  }

  private StorageKey deleteRecord(UserId owner, CvId id, Stopwatch stopwatch) {
    try {
      Cv cv = cvs.find(owner, id).orElseThrow(() -> new CvNotFoundException(id));
      if (!cvs.delete(owner, id, clock.instant())) {
        throw new CvNotFoundException(id);
      }
      return cv.storageKey();
    } catch (CvNotFoundException e) {
      observability.emit(
          new CvEvent.DeletionRejected(id, owner, "not_found", stopwatch.elapsed()));
      throw e;
    } catch (RuntimeException e) {
      observability.emit(new CvEvent.DeletionFailed(id, owner, stopwatch.elapsed(), e));
      throw new OperationFailedException("CV deletion", e);
    }
  }

  /**
   * The removal noted with the deletion is forgotten once the file is gone. Should forgetting
   * fail, the sweep later finds the file missing, which is fine, and forgets the removal then.
   */
  private void removeFile(UserId owner, CvId id, StorageKey file) {
    try {
      storage.delete(file);
    } catch (RuntimeException e) {
      observability.emit(new CvEvent.FileRemovalDeferred(id, owner, file, e));
      return;
    }
    try {
      removals.forget(file);
    } catch (RuntimeException e) {
      // The file is gone; the removal left pending costs the sweep one delete of nothing.
    }
  }
}
