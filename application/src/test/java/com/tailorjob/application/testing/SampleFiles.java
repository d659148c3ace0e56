package com.tailorjob.application.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small but well-formed files of each accepted format, and near misses, built in memory. Tests
 * that need full documents with text build them with PDFBox or POI instead.
 */
public final class SampleFiles {

  private SampleFiles() {}

  public static byte[] pdf(String marker) {
    String body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        + "% " + marker + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  public static byte[] truncatedPdf() {
    byte[] whole = pdf("cut");
    byte[] cut = new byte[whole.length - 12];
    System.arraycopy(whole, 0, cut, 0, cut.length);
    return cut;
  }

  public static byte[] docx(String marker) {
    return zip("[Content_Types].xml", "<Types/>", "word/document.xml",
        "<w:document><w:body><w:p><w:r><w:t>" + marker + "</w:t></w:r></w:p></w:body>"
            + "</w:document>");
  }

  /** A ZIP that is not a Word document, such as a spreadsheet renamed to .docx. */
  public static byte[] plainZip() {
    return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
  }

  public static byte[] text(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
