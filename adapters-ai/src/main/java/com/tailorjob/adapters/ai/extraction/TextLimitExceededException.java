package com.tailorjob.adapters.ai.extraction;

import java.io.IOException;

/** The text of a document grew past the character limit while it was being read. */
final class TextLimitExceededException extends IOException {

  private static final long serialVersionUID = 1L;

  TextLimitExceededException(int maxCharacters) {
    super("the extracted text exceeds " + maxCharacters + " characters");
  }
}
