package com.tailorjob.adapters.persistence.jdbi;

import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.Cv;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.ParseRequest;
import com.tailorjob.domain.job.JobId;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.trace.RequestId;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Domain values for repository tests, made from short readable names, and the rows of CVs. */
final class Samples {

  static final Instant NOW = Instant.parse("2026-03-01T09:00:00.123456Z");

  private Samples() {}

  static User user(String name) {
    return new User(new UserId(name), new Email(name + "@example.com"), "hash-of-" + name, NOW);
  }

  static Cv cv(String id, UserId owner, String content, Instant uploadedAt) {
    return Cv.uploaded(new CvId(id), owner, new Filename(id + " resume.pdf"), CvFormat.PDF,
        content.length(), hashOf(content), uploadedAt);
  }

  static Cv cv(String id, UserId owner, String content) {
    return cv(id, owner, content, NOW);
  }

  static ParseRequest parseOf(Cv cv, String requestId) {
    return new ParseRequest(cv.id(), cv.owner(), new RequestId(requestId), cv.uploadedAt());
  }

  /** Records the CV as an upload does: its file's removal is noted, and the record cancels it. */
  static void recordUpload(Jdbi jdbi, Cv cv, String requestId) {
    new JdbiPendingFileRemovals(jdbi).noteUpload(cv.storageKey(), cv.uploadedAt());
    new JdbiCvRepository(jdbi).addAndQueueParse(cv, parseOf(cv, requestId));
  }

  static JobPosting job(String id, UserId owner, Instant createdAt) {
    return new JobPosting(new JobId(id), owner, "Backend engineer " + id, "Acme",
        "Build services for " + id, List.of("Java", "PostgreSQL", "Kubernetes"), createdAt,
        createdAt);
  }

  static JobPosting job(String id, UserId owner) {
    return job(id, owner, NOW);
  }

  static ContentHash hashOf(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return new ContentHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
