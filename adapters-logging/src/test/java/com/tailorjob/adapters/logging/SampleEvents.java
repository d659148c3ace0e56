package com.tailorjob.adapters.logging;

import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.cv.Filename;
import com.tailorjob.domain.cv.StorageKey;
import com.tailorjob.domain.parse.SectionCounts;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;

/** The ids and values of the seed's example lines. */
final class SampleEvents {

  static final UserId USER = new UserId("abc123");
  static final CvId CV = new CvId("xyz789");
  static final Filename RESUME = new Filename("resume.pdf");
  static final long SIZE = 245_760;
  static final ContentHash HASH = new ContentHash("a1b2c3d4" + "0".repeat(56));
  static final StorageKey PATH = new StorageKey("cv/abc123/xyz789.pdf");
  static final Duration DURATION = Duration.ofMillis(2_340);
  static final SectionCounts SECTIONS = new SectionCounts(15, 3, 2, 1);

  private SampleEvents() {}
}
