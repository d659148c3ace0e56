package com.tailorjob.adapters.ai.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds the empty vertical band between two columns of a page, so each column can be read top
 * to bottom before the next. A band counts only when no glyph crosses it anywhere on the page
 * and each side holds a real column rather than, say, a strip of right-aligned dates.
 */
final class ColumnGutter {

  private static final int MIN_GLYPHS = 40;
  private static final float MIN_TEXT_SPAN = 200f;
  private static final float MIN_GUTTER_WIDTH = 18f;
  private static final float MIN_COLUMN_SHARE = 0.25f;
  private static final int MIN_GLYPHS_PER_COLUMN = 20;

  private ColumnGutter() {}

  /** The x coordinate of the middle of the gutter, when the page has two columns. */
  static Optional<Float> find(List<TextPosition> glyphs) {
    Extents visible = Extents.ofVisible(glyphs);
    if (visible.count < MIN_GLYPHS || visible.maxX - visible.minX < MIN_TEXT_SPAN) {
      return Optional.empty();
    }

    boolean[] occupied = visible.occupancy();
    return widestGap(occupied, visible.maxX - visible.minX)
        .map(gap -> visible.minX + gap)
        .filter(visible::bothSidesHoldAColumn);
  }

  /** The middle of the widest empty run that leaves a real column on each side. */
  private static Optional<Float> widestGap(boolean[] occupied, float span) {
    int bestStart = -1;
    int bestWidth = 0;
    int runStart = -1;
    for (int x = 0; x < occupied.length; x++) {
      if (!occupied[x] && runStart < 0) {
        runStart = x;
      }
      if (occupied[x] && runStart >= 0) {
        boolean leavesColumns = runStart >= span * MIN_COLUMN_SHARE
            && span - x >= span * MIN_COLUMN_SHARE;
        if (leavesColumns && x - runStart > bestWidth) {
          bestStart = runStart;
          bestWidth = x - runStart;
        }
        runStart = -1;
      }
    }
    if (bestWidth < MIN_GUTTER_WIDTH) {
      return Optional.empty();
    }
    return Optional.of(bestStart + bestWidth / 2f);
  }

  static boolean leftOf(TextPosition glyph, float gutter) {
    return glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2 < gutter;
  }

  /**
   * The horizontal extent of each glyph that shows ink, read once: PDFBox computes a glyph's
   * width anew on every call, and a page has thousands of glyphs.
   */
  private static final class Extents {

    private final float[] left;
    private final float[] right;
    private int count;
    private float minX = Float.MAX_VALUE;
    private float maxX = -Float.MAX_VALUE;

    private Extents(int capacity) {
      left = new float[capacity];
      right = new float[capacity];
    }

    static Extents ofVisible(List<TextPosition> glyphs) {
      Extents extents = new Extents(glyphs.size());
      for (TextPosition glyph : glyphs) {
        if (!glyph.getUnicode().isBlank()) {
          extents.add(glyph.getXDirAdj(), glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }
      }
      return extents;
    }

    private void add(float from, float to) {
      left[count] = from;
      right[count] = to;
      count++;
      minX = Math.min(minX, from);
      maxX = Math.max(maxX, to);
    }

    boolean[] occupancy() {
      boolean[] occupied = new boolean[(int) Math.ceil(maxX - minX) + 1];
      for (int i = 0; i < count; i++) {
        int from = Math.max(0, (int) Math.floor(left[i] - minX));
        int to = Math.min(occupied.length - 1, (int) Math.ceil(right[i] - minX));
        if (from <= to) {
          Arrays.fill(occupied, from, to + 1, true);
        }
      }
      return occupied;
    }

    boolean bothSidesHoldAColumn(float gutter) {
      int onTheLeft = 0;
      for (int i = 0; i < count; i++) {
        if (left[i] < gutter) {
          onTheLeft++;
        }
      }
      return onTheLeft >= MIN_GLYPHS_PER_COLUMN && count - onTheLeft >= MIN_GLYPHS_PER_COLUMN;
    }
  }
}
