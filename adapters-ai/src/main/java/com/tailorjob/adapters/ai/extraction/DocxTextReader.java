package com.tailorjob.adapters.ai.extraction;

import com.tailorjob.application.port.out.UnreadableCvException;
import com.tailorjob.domain.parse.ExtractedText;
import com.tailorjob.domain.parse.ExtractionLimits;
import com.tailorjob.domain.parse.ParseFailureReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;

/**
 * Reads a DOCX with POI: headers, then the body's paragraphs, tables and text boxes. POI's
 * zip-bomb guard stays on with explicit limits; a password-protected DOCX is an OLE2 container
 * holding an encrypted package, and is refused as encrypted.
 */
final class DocxTextReader implements DocumentReader {

  /** No part of a CV needs more; POI's own default is 4 GiB. */
  static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;

  /** POI's default: a part may not inflate more than a hundredfold. */
  static final double MIN_INFLATE_RATIO = 0.01;

  static {
    // These settings are global to POI: only ever tighten what another caller chose.
    ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_SIZE));
    ZipSecureFile.setMinInflateRatio(
        Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
  }

  private final ExtractionLimits limits;

  DocxTextReader(ExtractionLimits limits) {
    this.limits = limits;
  }

  @Override
  public ExtractedText read(byte[] content) throws IOException {
    requireWordContainer(content);

    try (XWPFDocument document = open(content)) {
      int pages = pageCount(document);
      if (pages > limits.maxPages()) {
        throw new UnreadableCvException(ParseFailureReason.TOO_LARGE);
      }

      BoundedText text = new BoundedText(limits.maxCharacters());
      writeHeaders(document, text);
      WordprocessingText.write(document.getDocument().getBody(), text);
      return new ExtractedText(text.toString(), pages);
    }
  }

  /**
   * A DOCX has no pages until it is laid out; Word records the count of its last layout. Without
   * one (files written by other tools), it counts as one.
   */
  private static int pageCount(XWPFDocument document) throws IOException {
    return WordLayoutPages.of(document.getPackage()).orElse(1);
  }

  private static void requireWordContainer(byte[] content) {
    FileMagic magic = FileMagic.valueOf(content);
    if (magic == FileMagic.OLE2) {
      throw new UnreadableCvException(
          isEncryptedPackage(content) ? ParseFailureReason.ENCRYPTED : ParseFailureReason.CORRUPT);
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableCvException(ParseFailureReason.CORRUPT);
    }
  }

  private static boolean isEncryptedPackage(byte[] content) {
    try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      return container.getRoot().hasEntry(EncryptionInfo.ENCRYPTION_INFO_ENTRY);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static XWPFDocument open(byte[] content) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      ParseFailureReason reason =
          isZipBomb(e) ? ParseFailureReason.TOO_LARGE : ParseFailureReason.CORRUPT;
      throw new UnreadableCvException(reason, e);
    }
  }

  /**
   * POI reports its guards only through messages: the zip-bomb guard, which watches an entry
   * inflate, and the allocation limit, which refuses an entry whose header declares more than
   * POI will hold in memory.
   */
  private static boolean isZipBomb(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Zip bomb detected") || message.contains("potentially malicious")
          || message.startsWith("Tried to allocate an array of length")) {
        return true;
      }
    }
    return false;
  }

  /** Contact details often sit in the page header; identical headers are written once. */
  private static void writeHeaders(XWPFDocument document, BoundedText text) throws IOException {
    Set<String> headers = new LinkedHashSet<>();
    for (XWPFHeader header : document.getHeaderList()) {
      headers.add(header.getText().strip());
    }
    for (String header : headers) {
      if (!header.isEmpty()) {
        text.write(header);
        text.write('\n');
      }
    }
  }
}
