package com.tailorjob.application.cv;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.cv.UploadLimits;
import com.tailorjob.domain.cv.UploadRejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads an upload once, in fixed-size chunks, to learn its format from its content, check its
 * structure and hash it. Nothing is decompressed, so a ZIP bomb costs no more than its own size,
 * and at most the upload limit plus one chunk is ever read.
 */
final class CvContentInspector {

  private static final int CHUNK = 64 * 1024;

  private final UploadLimits limits;

  CvContentInspector(UploadLimits limits) {
    this.limits = limits;
  }

  InspectedContent inspect(ByteSource content) throws IOException {
    if (!limits.allows(content.size())) {
      throw new CvRejectedException(UploadRejection.TOO_LARGE);
    }
    try (InputStream in = content.openStream()) {
      return inspect(in);
    }
  }

  private InspectedContent inspect(InputStream in) throws IOException {
    MessageDigest sha256 = sha256();
    byte[] head = in.readNBytes(CvFormat.SIGNATURE_LENGTH);
    if (head.length == 0) {
      throw new CvRejectedException(UploadRejection.EMPTY_FILE);
    }
    CvFormat format = CvFormat.sniff(head)
        .orElseThrow(() -> new CvRejectedException(UploadRejection.UNSUPPORTED_TYPE));
    sha256.update(head);

    StructureCheck structure = StructureCheck.of(format);
    structure.accept(head, head.length);
    long size = readRest(in, head.length, sha256, structure);

    if (!structure.satisfied()) {
      throw new CvRejectedException(structure.failure());
    }
    return new InspectedContent(format, hashOf(sha256), size);
  }

  private long readRest(
      InputStream in, long alreadyRead, MessageDigest sha256, StructureCheck structure)
      throws IOException {
    byte[] buffer = new byte[CHUNK];
    long total = alreadyRead;
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (!limits.allows(total)) {
        throw new CvRejectedException(UploadRejection.TOO_LARGE);
      }
      sha256.update(buffer, 0, read);
      structure.accept(buffer, read);
    }
    return total;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  private static ContentHash hashOf(MessageDigest sha256) {
    return new ContentHash(HexFormat.of().formatHex(sha256.digest()));
  }

  /** Watches the bytes stream past for the markers a well-formed file of a format must have. */
  private abstract static class StructureCheck {

    static StructureCheck of(CvFormat format) {
      return format == CvFormat.PDF ? new PdfEnd() : new ZipEntries(format.requiredEntries());
    }

    abstract void accept(byte[] bytes, int length);

    abstract boolean satisfied();

    abstract UploadRejection failure();
  }

  /** A PDF must carry its end-of-file marker near its last byte; a cut-off upload does not. */
  private static final class PdfEnd extends StructureCheck {

    private final byte[] tail = new byte[CvFormat.PDF_END_MARKER_WINDOW];
    private int filled;

    @Override
    void accept(byte[] bytes, int length) {
      if (length >= tail.length) {
        System.arraycopy(bytes, length - tail.length, tail, 0, tail.length);
        filled = tail.length;
        return;
      }
      int keep = Math.min(filled, tail.length - length);
      System.arraycopy(tail, filled - keep, tail, 0, keep);
      System.arraycopy(bytes, 0, tail, keep, length);
      filled = keep + length;
    }

    @Override
    boolean satisfied() {
      String end = new String(tail, 0, filled, StandardCharsets.ISO_8859_1);
      return end.contains(CvFormat.PDF_END_MARKER);
    }

    @Override
    UploadRejection failure() {
      return UploadRejection.MALFORMED_FILE;
    }
  }

  /**
   * ZIP entry names are stored uncompressed in the local headers, so a DOCX can be told from
   * any other ZIP by finding the names of its required parts in the byte stream.
   */
  private static final class ZipEntries extends StructureCheck {

    private final List<byte[]> wanted;
    private final boolean[] found;
    private final int overlap;
    private byte[] carry = new byte[0];

    ZipEntries(List<String> names) {
      this.wanted = names.stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toList();
      this.found = new boolean[names.size()];
      this.overlap = wanted.stream().mapToInt(w -> w.length).max().orElse(1) - 1;
    }

    @Override
    void accept(byte[] bytes, int length) {
      byte[] window = new byte[carry.length + length];
      System.arraycopy(carry, 0, window, 0, carry.length);
      System.arraycopy(bytes, 0, window, carry.length, length);
      for (int i = 0; i < wanted.size(); i++) {
        found[i] = found[i] || indexOf(window, wanted.get(i)) >= 0;
      }
      carry = Arrays.copyOfRange(window, Math.max(0, window.length - overlap), window.length);
    }

    @Override
    boolean satisfied() {
      for (boolean each : found) {
        if (!each) {
          return false;
        }
      }
      return true;
    }

    @Override
    UploadRejection failure() {
      return UploadRejection.UNSUPPORTED_TYPE;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
      outer:
      for (int i = 0; i + needle.length <= haystack.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (haystack[i + j] != needle[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
