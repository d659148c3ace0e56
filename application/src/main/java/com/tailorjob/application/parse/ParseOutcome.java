package com.tailorjob.application.parse;

import com.tailorjob.domain.parse.ParseFailureReason;
import com.tailorjob.domain.parse.SectionCounts;

/** How a parse ended when nothing broke: parsed, unreadable, or no longer needed. */
public sealed interface ParseOutcome {

  record Parsed(SectionCounts sections) implements ParseOutcome {}

  record Unreadable(ParseFailureReason reason) implements ParseOutcome {}

  record Skipped() implements ParseOutcome {}
}
