package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.DuplicateCvException;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A CV repository in a map, with switches to make writes or reads fail. Its pending file
 * removals stand for the table beside {@code cvs}: recording a CV cancels the removal of its
 * file and deleting one notes it, as the real repository does in the same transaction.
 */
public final class InMemoryCvRepository implements CvRepository {

  private final InMemoryPendingFileRemovals removals = new InMemoryPendingFileRemovals();
  private final Map<CvId, Cv> cvs = new LinkedHashMap<>();
  private final List<ParseRequest> queued = new ArrayList<>();
  private Supplier<RuntimeException> nextAddFailure;
  private CvId nextAddWinner;
  private Supplier<RuntimeException> readFailure;
  private int readsBeforeFailure;

  /** The pending removals of stored files, kept as if in the same database as the CVs. */
  public InMemoryPendingFileRemovals pendingFileRemovals() {
    return removals;
  }

  public synchronized void failNextAdd(Supplier<RuntimeException> failure) {
    this.nextAddFailure = failure;
  }

  /**
   * The next add loses a race: an identical upload, recorded a moment earlier under the id
   * {@code winner}, makes it fail as a duplicate, as the database's unique constraint would.
   */
  public synchronized void loseNextAddTo(CvId winner) {
    this.nextAddWinner = winner;
  }

  /** Every read fails from now on, as when the database goes away. */
  public synchronized void failReads(Supplier<RuntimeException> failure) {
    failReadsAfter(0, failure);
  }

  /** The next {@code successfulReads} reads answer; every read after them fails. */
  public synchronized void failReadsAfter(
      int successfulReads, Supplier<RuntimeException> failure) {
    this.readsBeforeFailure = successfulReads;
    this.readFailure = failure;
  }

  @Override
  public synchronized void addAndQueueParse(Cv cv, ParseRequest parse) {
    if (nextAddFailure != null) {
      RuntimeException failure = nextAddFailure.get();
      nextAddFailure = null;
      throw failure;
    }
    if (nextAddWinner != null) {
      cvs.put(nextAddWinner, Cv.uploaded(nextAddWinner, cv.owner(), cv.filename(), cv.format(),
          cv.sizeBytes(), cv.contentHash(), cv.uploadedAt()));
      nextAddWinner = null;
    }
    if (stored(cv.owner(), cv.contentHash()).isPresent()) {
      throw new DuplicateCvException(cv.contentHash(), null);
    }
    removals.cancel(cv.storageKey());
    cvs.put(cv.id(), cv);
    queued.add(parse);
  }

  @Override
  public synchronized Optional<Cv> findByContentHash(UserId owner, ContentHash hash) {
    read();
    return stored(owner, hash);
  }

  private Optional<Cv> stored(UserId owner, ContentHash hash) {
    return cvs.values().stream()
        .filter(cv -> cv.isOwnedBy(owner) && cv.contentHash().equals(hash))
        .findFirst();
  }

  @Override
  public synchronized Optional<Cv> find(UserId owner, CvId id) {
    read();
    return Optional.ofNullable(cvs.get(id)).filter(cv -> cv.isOwnedBy(owner));
  }

  @Override
  public synchronized List<Cv> listByOwner(UserId owner) {
    read();
    return cvs.values().stream()
        .filter(cv -> cv.isOwnedBy(owner))
        .sorted(Comparator.comparing(Cv::uploadedAt).reversed())
        .toList();
  }

  @Override
  public synchronized boolean delete(UserId owner, CvId id, Instant now) {
    if (!cvs.containsKey(id) || !cvs.get(id).isOwnedBy(owner)) {
      return false;
    }
    removals.noteDeletion(cvs.get(id).storageKey(), now);
    cvs.remove(id);
    queued.removeIf(parse -> parse.cv().equals(id));
    return true;
  }

  /** Stands in for the parse results adapter, which moves a CV's status in the database. */
  public synchronized void markStatus(CvId id, CvStatus status) {
    Cv cv = cvs.get(id);
    cvs.put(id, new Cv(cv.id(), cv.owner(), cv.filename(), cv.format(), cv.sizeBytes(),
        cv.contentHash(), cv.storageKey(), status, cv.uploadedAt()));
  }

  private void read() {
    if (readFailure == null) {
      return;
    }
    if (readsBeforeFailure > 0) {
      readsBeforeFailure--;
      return;
    }
    throw readFailure.get();
  }

  public synchronized List<Cv> all() {
    return List.copyOf(cvs.values());
  }

  public synchronized List<ParseRequest> queuedParses() {
    return List.copyOf(queued);
  }
}
