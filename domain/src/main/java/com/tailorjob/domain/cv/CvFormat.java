package com.tailorjob.domain.cv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a CV may have, recognised by content rather than by name. A PDF starts with
 * {@code %PDF-} and ends with an {@code %%EOF} marker; a DOCX is a ZIP container whose entries
 * include the OOXML content-type table and a Word main document.
 */
public enum CvFormat {
  PDF("application/pdf", bytes("%PDF-"), List.of()),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      new byte[] {'P', 'K', 3, 4},
      List.of("[Content_Types].xml", "word/document.xml"));

  /** How many leading bytes {@link #sniff} needs to see. */
  public static final int SIGNATURE_LENGTH = 5;

  /** A PDF whose last bytes lack this marker was cut short. */
  public static final String PDF_END_MARKER = "%%EOF";

  /** How far from the end of a PDF its end marker may sit (trailing junk is common). */
  public static final int PDF_END_MARKER_WINDOW = 1024;

  private final String mediaType;
  private final byte[] signature;
  private final List<String> requiredEntries;

  CvFormat(String mediaType, byte[] signature, List<String> requiredEntries) {
    this.mediaType = mediaType;
    this.signature = signature;
    this.requiredEntries = requiredEntries;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String mediaType() {
    return mediaType;
  }

  /** Names of ZIP entries that must be present, for container formats. */
  public List<String> requiredEntries() {
    return requiredEntries;
  }

  /** Recognises a format from the first bytes of a file. */
  public static Optional<CvFormat> sniff(byte[] head) {
    return Arrays.stream(values()).filter(format -> format.startsOf(head)).findFirst();
  }

  public static CvFormat fromExtension(String extension) {
    return valueOf(extension.toUpperCase(Locale.ROOT));
  }

  private boolean startsOf(byte[] head) {
    return head.length >= signature.length
        && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }
}
