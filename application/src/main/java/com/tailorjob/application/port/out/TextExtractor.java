package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.parse.ExtractedText;

/** Turns a CV file into plain text within the configured extraction limits. */
public interface TextExtractor {

  /**
   * @throws UnreadableCvException when the file is encrypted, corrupt, has no text, or breaks a
   *     limit; never any other exception for bad input
   * @throws RuntimeException as it came when the content cannot be read from where it is kept,
   *     which says nothing about the file
   */
  ExtractedText extract(ByteSource content, CvFormat format);
}
