package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.StorageKey;
import java.time.Instant;
import java.util.List;

/**
 * Stored files that are to be removed unless a CV record claims them first, noted durably so
 * that a process that dies, or a storage delete that fails, cannot leave a file behind for good.
 * An upload notes its file before storing it and recording the CV cancels the note (see
 * {@link CvRepository#addAndQueueParse}); deleting a CV notes its file (see
 * {@link CvRepository#delete}). Notes that stay pending are carried out by a sweep.
 *
 * <p>Sweeps may run on several nodes at once: a sweep takes the removals it will carry out and
 * holds them for a while, so that the others pass them by. Once taken, a removal can no longer
 * be cancelled, because its file may be deleted at any moment.
 */
public interface PendingFileRemovals {

  /**
   * Notes that the file an upload is about to store is to be removed unless its CV is recorded;
   * a key noted already keeps its note.
   */
  void noteUpload(StorageKey key, Instant notedAt);

  /**
   * Takes up to {@code limit} due removals that no sweep holds at {@code now}, and holds them
   * until {@code heldUntil}. The removal of a deleted CV's file is due at once; that of an
   * upload's file once it was noted before {@code uploadsNotedBefore}, since until then the
   * upload may still be recording its CV. Removals never taken before come first, oldest first;
   * then those a failed or lost sweep left behind, longest left first.
   */
  List<StorageKey> take(
      Instant uploadsNotedBefore, Instant now, Instant heldUntil, int limit);

  /**
   * Forgets the removal once its file is gone, or its CV was never recorded and the file never
   * stored; false when there was no such removal, as when another sweep forgot it first.
   */
  boolean forget(StorageKey key);
}
