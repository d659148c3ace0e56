package com.tailorjob.adapters.ai.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Real PDF and DOCX CVs, built with PDFBox and POI, and hostile or broken files of each format.
 * Shared through the test-jar so benchmarks can read the same documents.
 */
public final class CvDocuments {

  private static final float LINE_HEIGHT = 14f;
  private static final float TOP = 750f;
  private static final float BOTTOM = 60f;
  private static final float LEFT = 50f;
  private static final float SIDEBAR_LEFT = 40f;
  private static final float MAIN_LEFT = 260f;
  private static final int ZIP_BOMB_MEGABYTES = 200;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String BOMB_HEAD =
      "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>";
  private static final String BOMB_TAIL = "</w:t></w:r></w:p></w:body></w:document>";

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" "
      + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

  private static final String ROOT_RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
      + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

  private CvDocuments() {}

  public static byte[] softwareEngineerPdf() {
    return pdf(doc -> writeLines(doc, CvTexts.SOFTWARE_ENGINEER, 11));
  }

  public static byte[] nursePdf() {
    return pdf(doc -> writeLines(doc, CvTexts.NURSE, 11));
  }

  /**
   * The data analyst CV with a sidebar. Lines of both columns are written alternately, row by
   * row, as many generators do, so reading in stream or plain position order would mix them.
   */
  public static byte[] twoColumnDataAnalystPdf() {
    return pdf(doc -> {
      PDPage page = new PDPage();
      doc.addPage(page);
      List<String> left = CvTexts.DATA_ANALYST_SIDEBAR;
      List<String> right = CvTexts.DATA_ANALYST_MAIN;
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        for (int row = 0; row < Math.max(left.size(), right.size()); row++) {
          float y = TOP - row * LINE_HEIGHT;
          if (row < left.size()) {
            show(content, left.get(row), SIDEBAR_LEFT, y, 9);
          }
          if (row < right.size()) {
            show(content, right.get(row), MAIN_LEFT, y, 9);
          }
        }
      }
    });
  }

  /** Opening needs the password {@code secret}. */
  public static byte[] passwordProtectedPdf() {
    return protectedPdf("secret");
  }

  /** Opens without a password; an owner password only restricts printing and copying. */
  public static byte[] permissionRestrictedPdf() {
    return protectedPdf("");
  }

  public static byte[] truncatedPdf() {
    byte[] whole = softwareEngineerPdf();
    return Arrays.copyOf(whole, whole.length / 2);
  }

  public static byte[] garbagePdf() {
    byte[] garbage = randomBytes(4096);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] file = new byte[header.length + garbage.length + trailer.length];
    System.arraycopy(header, 0, file, 0, header.length);
    System.arraycopy(garbage, 0, file, header.length, garbage.length);
    System.arraycopy(trailer, 0, file, header.length + garbage.length, trailer.length);
    return file;
  }

  /** A scanned CV: one page holding a picture and no text. */
  public static byte[] imageOnlyPdf() {
    return pdf(doc -> {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject scan = LosslessFactory.createFromImage(doc, scannedPage());
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(scan, 50, 300);
      }
    });
  }

  /** The software engineer CV repeated on each of {@code pages} pages. */
  public static byte[] pdfWithPages(int pages) {
    return pdf(doc -> {
      for (int i = 0; i < pages; i++) {
        writeLines(doc, CvTexts.SOFTWARE_ENGINEER, 11);
      }
    });
  }

  /** A DOCX whose properties say Word laid it out on the given number of pages. */
  public static byte[] docxLaidOutOnPages(int pages) {
    return docx(doc -> {
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(pages);
      for (String line : CvTexts.SOFTWARE_ENGINEER) {
        doc.createParagraph().createRun().setText(line);
      }
    });
  }

  /** Headings and bullets as Word writes them: list paragraphs carry no bullet character. */
  public static byte[] softwareEngineerDocx() {
    return docx(doc -> {
      for (String line : CvTexts.SOFTWARE_ENGINEER) {
        XWPFParagraph paragraph = doc.createParagraph();
        String text = line;
        if (line.startsWith("• ")) {
          paragraph.setNumID(BigInteger.ONE);
          text = line.substring(2);
        } else if (line.startsWith("- ")) {
          paragraph.setStyle("ListBullet");
          text = line.substring(2);
        }
        paragraph.createRun().setText(text);
      }
    });
  }

  /** A DOCX whose skills sit in a two-by-three table. */
  public static byte[] skillsTableDocx() {
    return docx(doc -> {
      paragraph(doc, "Jordan Blake");
      paragraph(doc, "Core Competencies");
      XWPFTable table = doc.createTable(2, 3);
      String[][] cells = {{"Java", "Python", "SQL"}, {"Docker", "Terraform", "AWS"}};
      for (int row = 0; row < 2; row++) {
        for (int column = 0; column < 3; column++) {
          table.getRow(row).getCell(column).setText(cells[row][column]);
        }
      }
      paragraph(doc, "Professional Experience");
      paragraph(doc, "Platform Engineer at Globex");
      paragraph(doc, "2018 - 2023");
    });
  }

  /**
   * A DOCX whose skills sit in a text box, written as Word does: once as DrawingML and once as
   * the VML fallback for older readers.
   */
  public static byte[] textBoxDocx() {
    return docx(doc -> {
      paragraph(doc, "Robin Diaz");
      paragraph(doc, "Employment History");
      paragraph(doc, "Site Reliability Engineer, Hooli");
      paragraph(doc, "2020 - 2024");
      XWPFParagraph anchor = doc.createParagraph();
      try {
        anchor.createRun().getCTR().set(CTR.Factory.parse(textBoxRun()));
      } catch (XmlException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** A DOCX whose main part inflates from well under a megabyte to 200 MB of one letter. */
  public static byte[] zipBombDocx() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", ROOT_RELATIONSHIPS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      writeBombDocument(zip);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The same bomb, its inflated size written up front in the entry's header as most ZIP tools
   * write it, where the one above leaves it to the end of the entry as streaming writers do.
   */
  public static byte[] zipBombDocxDeclaringItsSize() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", ROOT_RELATIONSHIPS);
      zip.putNextEntry(sizedBombEntry());
      writeBombDocument(zip);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static ZipEntry sizedBombEntry() throws IOException {
    CRC32 crc = new CRC32();
    CountingOutputStream deflated = new CountingOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try (OutputStream inflated =
        new CheckedOutputStream(new DeflaterOutputStream(deflated, deflater), crc)) {
      writeBombDocument(inflated);
    } finally {
      deflater.end();
    }

    ZipEntry entry = new ZipEntry("word/document.xml");
    entry.setSize(bombDocumentSize());
    entry.setCompressedSize(deflated.count);
    entry.setCrc(crc.getValue());
    return entry;
  }

  private static void writeBombDocument(OutputStream out) throws IOException {
    out.write(ascii(BOMB_HEAD));
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    for (int i = 0; i < ZIP_BOMB_MEGABYTES; i++) {
      out.write(chunk);
    }
    out.write(ascii(BOMB_TAIL));
  }

  private static long bombDocumentSize() {
    return BOMB_HEAD.length() + BOMB_TAIL.length() + ZIP_BOMB_MEGABYTES * 1024L * 1024;
  }

  /** A ZIP signature followed by noise. */
  public static byte[] corruptDocx() {
    byte[] file = randomBytes(8192);
    file[0] = 'P';
    file[1] = 'K';
    file[2] = 3;
    file[3] = 4;
    return file;
  }

  /** The software engineer DOCX encrypted with agile encryption and the password "secret". */
  public static byte[] passwordProtectedDocx() {
    byte[] plain = softwareEngineerDocx();
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream encrypted = encryptor.getDataStream(container)) {
        encrypted.write(plain);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      container.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] protectedPdf(String userPassword) {
    return pdf(doc -> {
      writeLines(doc, CvTexts.SOFTWARE_ENGINEER, 11);
      AccessPermission permissions = new AccessPermission();
      permissions.setCanPrint(false);
      permissions.setCanExtractContent(false);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
    });
  }

  /** Writes lines top to bottom, starting new pages as needed. */
  private static void writeLines(PDDocument doc, List<String> lines, float fontSize)
      throws IOException {
    int index = 0;
    while (index < lines.size()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        for (float y = TOP; y > BOTTOM && index < lines.size(); y -= LINE_HEIGHT) {
          show(content, lines.get(index++), LEFT, y, fontSize);
        }
      }
    }
  }

  private static void show(PDPageContentStream content, String text, float x, float y,
      float fontSize) throws IOException {
    content.beginText();
    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), fontSize);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static BufferedImage scannedPage() {
    BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 400, 200);
    graphics.setColor(Color.BLACK);
    for (int line = 0; line < 8; line++) {
      graphics.fillRect(20, 20 + line * 20, 300 - line * 17, 6);
    }
    graphics.dispose();
    return image;
  }

  private static void paragraph(XWPFDocument doc, String text) {
    doc.createParagraph().createRun().setText(text);
  }

  private static byte[] pdf(PdfContent content) {
    try (PDDocument doc = new PDDocument()) {
      content.addTo(doc);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] docx(DocxContent content) {
    try (XWPFDocument doc = new XWPFDocument()) {
      content.addTo(doc);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void entry(ZipOutputStream zip, String name, String content)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String textBoxRun() {
    String box = "<w:txbxContent>"
        + "<w:p><w:r><w:t>SKILLS</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Go, Rust, gRPC</w:t></w:r></w:p>"
        + "</w:txbxContent>";
    return "<w:r xmlns:w=\"" + W + "\""
        + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        + " xmlns:v=\"urn:schemas-microsoft-com:vml\">"
        + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/"
        + "wordprocessingShape\"><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp>"
        + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>"
        + "</mc:Fallback></mc:AlternateContent></w:r>";
  }

  @FunctionalInterface
  private interface PdfContent {
    void addTo(PDDocument doc) throws IOException;
  }

  @FunctionalInterface
  private interface DocxContent {
    void addTo(XWPFDocument doc) throws IOException;
  }

  /** Counts what is written to it and keeps none of it. */
  private static final class CountingOutputStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
