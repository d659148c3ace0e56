package com.tailorjob.domain.event;

import com.tailorjob.domain.cv.CvId;
import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.parse.SectionCounts;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.util.Objects;

/** Events of turning one CV file into sections. */
public sealed interface ParseEvent extends DomainEvent {

  record ParseStarted(CvId cv, UserId user) implements ParseEvent {
    public ParseStarted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String name() {
      return "cv.parse.started";
    }
  }

  record SectionsExtracted(CvId cv, SectionCounts sections, Duration duration)
      implements ParseEvent {
    public SectionsExtracted {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(sections, "sections");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "cv.parse.sections_extracted";
    }
  }

  record CvParsed(CvId cv, UserId user, int pages, String quality, Duration duration)
      implements ParseEvent {
    public CvParsed {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(quality, "quality");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "cv.parse.succeeded";
    }
  }

  /** The file cannot be read as a CV; trying again would not help. */
  record ParseRejected(CvId cv, UserId user, ParseFailureReason reason, Duration duration)
      implements ParseEvent {
    public ParseRejected {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String name() {
      return "cv.parse.rejected";
    }
  }

  /** The CV was deleted before its parse ran; there is nothing to do. */
  record ParseSkipped(CvId cv, UserId user, String reason) implements ParseEvent {
    public ParseSkipped {
      Objects.requireNonNull(cv, "cv");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String name() {
      return "cv.parse.skipped";
    }
  }
}
