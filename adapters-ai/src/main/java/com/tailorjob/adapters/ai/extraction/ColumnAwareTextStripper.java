package com.tailorjob.adapters.ai.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads text in visual order, and a two-column page one column at a time: sorting by position
 * alone would join the two columns' lines side by side.
 */
final class ColumnAwareTextStripper extends PDFTextStripper {

  ColumnAwareTextStripper() {
    setSortByPosition(true);
    // Without this the last line of one column runs into the first line of the next.
    setArticleEnd(getLineSeparator());
  }

  /** One long content stream is one page: its operators are where a timeout can stop it. */
  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    BoundedText.checkNotInterrupted();
    super.processOperator(operator, operands);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    BoundedText.checkNotInterrupted();
    super.startPage(page);
  }

  @Override
  protected void writePage() throws IOException {
    List<List<TextPosition>> articles =
        charactersByArticle.stream().filter(article -> !article.isEmpty()).toList();
    if (articles.size() == 1) {
      splitIntoColumns(articles.get(0));
    }
    super.writePage();
  }

  /** Page text without article beads is one list; two columns become two articles. */
  private void splitIntoColumns(List<TextPosition> page) {
    Optional<Float> gutter = ColumnGutter.find(page);
    if (gutter.isEmpty()) {
      return;
    }

    List<TextPosition> left = new ArrayList<>();
    List<TextPosition> right = new ArrayList<>();
    for (TextPosition glyph : page) {
      (ColumnGutter.leftOf(glyph, gutter.get()) ? left : right).add(glyph);
    }

    charactersByArticle.clear();
    charactersByArticle.add(left);
    charactersByArticle.add(right);
  }
}
