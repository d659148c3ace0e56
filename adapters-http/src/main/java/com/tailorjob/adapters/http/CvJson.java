package com.tailorjob.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tailorjob.application.cv.UploadedCv;
import com.tailorjob.domain.cv.Cv;
import java.time.Instant;
import java.util.List;

/**
 * A CV as clients see it. Where the file is stored and who owns it stay inside; {@code duplicate}
 * appears only in the answer to an upload.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CvJson(
    String id,
    String filename,
    String format,
    long sizeBytes,
    String contentSha256,
    String status,
    Instant uploadedAt,
    Boolean duplicate) {

  static CvJson of(Cv cv) {
    return new CvJson(cv.id().value(), cv.filename().value(), cv.format().extension(),
        cv.sizeBytes(), cv.contentHash().hex(), cv.status().code(), cv.uploadedAt(), null);
  }

  static CvJson of(UploadedCv uploaded) {
    CvJson plain = of(uploaded.cv());
    return new CvJson(plain.id(), plain.filename(), plain.format(), plain.sizeBytes(),
        plain.contentSha256(), plain.status(), plain.uploadedAt(), uploaded.duplicate());
  }

  /** The list answer is an object, so fields such as paging can join later. */
  record Listing(List<CvJson> cvs) {
    static Listing of(List<Cv> cvs) {
      return new Listing(cvs.stream().map(CvJson::of).toList());
    }
  }
}
