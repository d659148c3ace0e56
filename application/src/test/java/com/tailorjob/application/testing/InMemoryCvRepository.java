package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.port.out.DuplicateCvException;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A CV repository in a map, with a switch to make the next write fail. */
public final class InMemoryCvRepository implements CvRepository {

  private final Map<CvId, Cv> cvs = new LinkedHashMap<>();
  private final List<ParseRequest> queued = new ArrayList<>();
  private Supplier<RuntimeException> nextAddFailure;

  public synchronized void failNextAdd(Supplier<RuntimeException> failure) {
    this.nextAddFailure = failure;
  }

  @Override
  public synchronized void addAndQueueParse(Cv cv, ParseRequest parse) {
    if (nextAddFailure != null) {
      RuntimeException failure = nextAddFailure.get();
      nextAddFailure = null;
      throw failure;
    }
    if (findByContentHash(cv.owner(), cv.contentHash()).isPresent()) {
      throw new DuplicateCvException(cv.contentHash(), null);
    }
    cvs.put(cv.id(), cv);
    queued.add(parse);
  }

  @Override
  public synchronized Optional<Cv> findByContentHash(UserId owner, ContentHash hash) {
    return cvs.values().stream()
        .filter(cv -> cv.isOwnedBy(owner) && cv.contentHash().equals(hash))
        .findFirst();
  }

  @Override
  public synchronized Optional<Cv> find(UserId owner, CvId id) {
    return Optional.ofNullable(cvs.get(id)).filter(cv -> cv.isOwnedBy(owner));
  }

  @Override
  public synchronized List<Cv> listByOwner(UserId owner) {
    return cvs.values().stream()
        .filter(cv -> cv.isOwnedBy(owner))
        .sorted(Comparator.comparing(Cv::uploadedAt).reversed())
        .toList();
  }

  @Override
  public synchronized boolean delete(UserId owner, CvId id) {
    if (find(owner, id).isEmpty()) {
      return false;
    }
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

  public synchronized List<Cv> all() {
    return List.copyOf(cvs.values());
  }

  public synchronized List<ParseRequest> queuedParses() {
    return List.copyOf(queued);
  }
}
