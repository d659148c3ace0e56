package com.tailorjob.adapters.persistence.worker;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.storage.FilesystemObjectStorage;
import com.tailorjob.application.cv.UploadCv;
import com.tailorjob.application.parse.ParseCv;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.CvParseResults;
import com.tailorjob.application.port.out.ParseQueue;
import com.tailorjob.application.port.out.SectionExtractor;
import com.tailorjob.application.port.out.TextExtractor;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SampleFiles;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.application.worker.ParseWorker;
import com.tailorjob.application.worker.WorkerPolicy;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvStatus;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The whole parse pipeline on real adapters: CVs uploaded through {@link UploadCv} into
 * PostgreSQL and files on disk, parsed by the real use case and worker. Only text and section
 * extraction are stand-ins, and a test can swap the text extractor to block or fail.
 */
final class ParsingOnPostgres {

  static final WorkerPolicy POLICY = new WorkerPolicy(3, Duration.ofSeconds(10),
      Duration.ofMinutes(1), Duration.ofMinutes(2), 5, Duration.ofSeconds(30));

  static final CvSections SECTIONS = new CvSections(List.of("java", "sql"),
      List.of(new CvSections.ExperienceEntry("Engineer", "Acme", "2020", List.of())),
      List.of(), List.of(), "", List.of());

  final MutableClock clock = MutableClock.atSomeMoment();
  final SequentialIds ids = new SequentialIds();
  final RecordingObservability events = new RecordingObservability();
  final PersistenceAdapters adapters;

  private final FilesystemObjectStorage storage;
  private final AtomicReference<TextExtractor> textExtractor =
      new AtomicReference<>((content, format) -> new ExtractedText("plain text", 1));
  private final SectionExtractor sectionExtractor = text -> SECTIONS;

  ParsingOnPostgres(DataSource dataSource, Path storageRoot) {
    this.adapters = PersistenceAdapters.create(dataSource, clock);
    this.storage = new FilesystemObjectStorage(storageRoot);
  }

  UserId user(String name) {
    UserId id = new UserId(name);
    adapters.users().add(new User(id, new Email(name + "@example.com"), "hash", clock.instant()));
    return id;
  }

  Cv upload(UserId owner, String marker) {
    UploadCv upload = new UploadCv(adapters.cvs(), storage, adapters.pendingFileRemovals(), ids,
        new RecordingObservability(), clock, UploadLimits.standard());
    ByteSource pdf = ByteSource.ofBytes(SampleFiles.pdf(marker));
    return upload.upload(new UploadCv.Command(owner, marker + ".pdf", pdf, ids.newRequestId()))
        .cv();
  }

  void extractTextWith(TextExtractor extractor) {
    textExtractor.set(extractor);
  }

  ParseWorker worker(String workerId) {
    return worker(workerId, adapters.parseQueue());
  }

  ParseWorker worker(String workerId, ParseQueue queue) {
    return worker(workerId, queue, adapters.parseResults());
  }

  ParseWorker worker(String workerId, ParseQueue queue, CvParseResults results) {
    TextExtractor current = (content, format) -> textExtractor.get().extract(content, format);
    ParseCv parseCv = new ParseCv(adapters.cvs(), results, storage, current,
        sectionExtractor, events, clock);
    return new ParseWorker(queue, parseCv, results, adapters.notifications(),
        ids, events, clock, POLICY, workerId);
  }

  /** Leases the next job to a worker that dies holding it, and lets that lease run out. */
  void leaseToAWorkerThatDies() {
    adapters.parseQueue().lease("worker-killed", POLICY.leaseTime(), clock.instant());
    clock.advance(POLICY.leaseTime().plusSeconds(1));
  }

  CvStatus statusOf(Cv cv) {
    return adapters.cvs().find(cv.owner(), cv.id()).orElseThrow().status();
  }

  /** Every queue row as status and attempts, in the order the jobs were queued. */
  List<Map<String, Object>> queueRows() {
    return adapters.jdbi().withHandle(handle -> handle
        .createQuery("SELECT cv_id, status, attempts FROM cv_parse_queue ORDER BY id")
        .mapToMap()
        .list());
  }
}
