package com.tailorjob.application.cv;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.Observability;
import com.tailorjob.application.support.Stopwatch;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.event.CvEvent;
import com.tailorjob.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Removes a CV's record and then its file. The record goes first: a file without a record is
 * invisible and harmless, while a record without its file would be a broken CV.
 */
public final class DeleteCv {

  private final CvRepository cvs;
  private final ObjectStorage storage;
  private final Observability observability;
  private final Clock clock;

  @Inject
  public DeleteCv(
      CvRepository cvs, ObjectStorage storage, Observability observability, Clock clock) {
    this.cvs = cvs;
    this.storage = storage;
    this.observability = observability;
    this.clock = clock;
  }

  /**
   * @throws CvNotFoundException when the caller has no CV with this id
   */
  public void delete(UserId owner, CvId id) {
    Stopwatch stopwatch = Stopwatch.start(clock);
    observability.emit(new CvEvent.DeletionStarted(id, owner));

    try {
      Cv cv = cvs.find(owner, id).orElseThrow(() -> new CvNotFoundException(id));
      if (!cvs.delete(owner, id)) {
        throw new CvNotFoundException(id);
      }
      storage.delete(cv.storageKey());
    } catch (CvNotFoundException e) {
      observability.emit(
          new CvEvent.DeletionRejected(id, owner, "not_found", stopwatch.elapsed()));
      throw e;
    } catch (RuntimeException e) {
      observability.emit(new CvEvent.DeletionFailed(id, owner, stopwatch.elapsed(), e));
      throw new OperationFailedException("CV deletion", e);
    }

    observability.emit(new CvEvent.Deleted(id, owner, stopwatch.elapsed()));
  }
}
