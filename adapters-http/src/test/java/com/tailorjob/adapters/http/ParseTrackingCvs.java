package com.tailorjob.adapters.http;

import com.tailorjob.application.port.out.CvRepository;
import com.tailorjob.application.testing.InMemoryCvRepository;
import com.tailorjob.application.testing.InMemoryParsing;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory CVs with the status the in-memory parse results hold, as the real store keeps
 * both in one row: a CV whose parse was recorded reads as parsed or failed.
 */
final class ParseTrackingCvs implements CvRepository {

  private final InMemoryCvRepository cvs;
  private final InMemoryParsing parsing;

  ParseTrackingCvs(InMemoryCvRepository cvs, InMemoryParsing parsing) {
    this.cvs = cvs;
    this.parsing = parsing;
  }

  @Override
  public void addAndQueueParse(Cv cv, ParseRequest parse) {
    cvs.addAndQueueParse(cv, parse);
    parsing.enqueue(parse, parse.requestedAt());
  }

  @Override
  public Optional<Cv> findByContentHash(UserId owner, ContentHash hash) {
    return cvs.findByContentHash(owner, hash).map(this::withParseStatus);
  }

  @Override
  public Optional<Cv> find(UserId owner, CvId id) {
    return cvs.find(owner, id).map(this::withParseStatus);
  }

  @Override
  public List<Cv> listByOwner(UserId owner) {
    return cvs.listByOwner(owner).stream().map(this::withParseStatus).toList();
  }

  @Override
  public boolean delete(UserId owner, CvId id, Instant now) {
    return cvs.delete(owner, id, now);
  }

  private Cv withParseStatus(Cv cv) {
    CvStatus status = parsing.status(cv.id()).map(CvStatus::fromCode).orElse(cv.status());
    return new Cv(cv.id(), cv.owner(), cv.filename(), cv.format(), cv.sizeBytes(),
        cv.contentHash(), cv.storageKey(), status, cv.uploadedAt());
  }
}
