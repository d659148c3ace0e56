package com.tailorjob.adapters.ai.extraction;

import java.io.InterruptedIOException;
import java.io.Writer;

/**
 * A writer that collects text up to a character budget and stops the reader, by failing, as soon
 * as the budget is spent or the reading thread is interrupted by a timeout.
 */
final class BoundedText extends Writer {

  private final int maxCharacters;
  private final StringBuilder text = new StringBuilder();

  BoundedText(int maxCharacters) {
    this.maxCharacters = maxCharacters;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws TextLimitExceededException,
      InterruptedIOException {
    checkNotInterrupted();
    if (text.length() + length > maxCharacters) {
      throw new TextLimitExceededException(maxCharacters);
    }
    text.append(chars, offset, length);
  }

  @Override
  public void write(String value) throws TextLimitExceededException, InterruptedIOException {
    write(value.toCharArray(), 0, value.length());
  }

  boolean endsWithLineBreak() {
    return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
  }

  /** Throws when the timeout has cancelled the reading, so a long document stops early. */
  static void checkNotInterrupted() throws InterruptedIOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("text extraction was cancelled");
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
