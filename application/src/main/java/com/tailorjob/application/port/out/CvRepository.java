package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of every uploaded CV; every read is scoped to the owner. */
public interface CvRepository {

  /**
   * Records a new CV and queues its parse in one transaction, which also cancels the pending
   * removal of its file (see {@link PendingFileRemovals}): either all three happen or none does.
   *
   * @throws DuplicateCvException when the owner already has a CV with the same content hash,
   *     including one recorded a moment ago by a concurrent upload
   * @throws StoredFileSweptException when the removal of the CV's file is not pending, or a
   *     sweep has taken it, so that the file may be gone
   */
  void addAndQueueParse(Cv cv, ParseRequest parse);

  Optional<Cv> findByContentHash(UserId owner, ContentHash hash);

  Optional<Cv> find(UserId owner, CvId id);

  /** The owner's CVs, newest first. */
  List<Cv> listByOwner(UserId owner);

  /**
   * Removes the CV and any parse still queued for it, and notes its file as a pending removal at
   * {@code now} (see {@link PendingFileRemovals}), in one transaction; false when there was
   * nothing to remove.
   */
  boolean delete(UserId owner, CvId id, Instant now);
}
