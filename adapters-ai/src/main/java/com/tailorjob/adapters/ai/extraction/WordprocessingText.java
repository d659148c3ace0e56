package com.tailorjob.adapters.ai.extraction;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.apache.xmlbeans.XmlObject;

/**
 * Walks WordprocessingML in document order and writes its visible text: paragraphs, table cells
 * (one line per cell paragraph, row by row) and text boxes. List paragraphs get a bullet so that
 * section extraction can tell highlights from headings.
 */
final class WordprocessingText {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private static final QName PARAGRAPH = new QName(W, "p");
  private static final QName TEXT = new QName(W, "t");
  private static final QName TAB = new QName(W, "tab");
  private static final QName BREAK = new QName(W, "br");
  private static final QName CARRIAGE_RETURN = new QName(W, "cr");
  private static final QName NUMBERING = new QName(W, "numPr");
  private static final QName PARAGRAPH_STYLE = new QName(W, "pStyle");
  private static final QName VALUE = new QName(W, "val");
  // Word writes a text box twice: as DrawingML in mc:Choice and as VML in mc:Fallback.
  private static final QName FALLBACK = new QName(MC, "Fallback");

  private static final int TOKENS_BETWEEN_CHECKS = 256;

  private final BoundedText out;
  private boolean bulletWritten;

  private WordprocessingText(BoundedText out) {
    this.out = out;
  }

  static void write(XmlObject part, BoundedText out) throws IOException {
    new WordprocessingText(out).walk(part);
  }

  private void walk(XmlObject part) throws IOException {
    try (XmlCursor cursor = part.newCursor()) {
      Deque<QName> open = new ArrayDeque<>();
      open.push(cursor.getName() == null ? new QName("") : cursor.getName());
      int tokens = 0;
      while (!open.isEmpty()) {
        if (++tokens % TOKENS_BETWEEN_CHECKS == 0) {
          BoundedText.checkNotInterrupted();
        }
        TokenType token = cursor.toNextToken();
        if (token.isNone() || token.isEnddoc()) {
          return;
        }
        if (token.isStart()) {
          enter(cursor, open);
        } else if (token.isEnd()) {
          leave(open.pop());
        }
      }
    }
  }

  private void enter(XmlCursor cursor, Deque<QName> open) throws IOException {
    QName name = cursor.getName();
    if (name.equals(TEXT)) {
      out.write(cursor.getTextValue());
    } else if (name.equals(TAB)) {
      out.write('\t');
    } else if (name.equals(BREAK) || name.equals(CARRIAGE_RETURN)) {
      out.write('\n');
    } else if (name.equals(NUMBERING) || isListStyle(cursor, name)) {
      writeBullet();
    } else if (!name.equals(FALLBACK)) {
      if (name.equals(PARAGRAPH)) {
        bulletWritten = false;
      }
      open.push(name);
      return;
    }
    cursor.toEndToken();
  }

  private void leave(QName name) throws IOException {
    if (name.equals(PARAGRAPH)) {
      out.write('\n');
    }
  }

  private void writeBullet() throws IOException {
    if (!bulletWritten) {
      out.write("• ");
      bulletWritten = true;
    }
  }

  private static boolean isListStyle(XmlCursor cursor, QName name) {
    if (!name.equals(PARAGRAPH_STYLE)) {
      return false;
    }
    String style = cursor.getAttributeText(VALUE);
    return style != null && style.startsWith("List");
  }
}
