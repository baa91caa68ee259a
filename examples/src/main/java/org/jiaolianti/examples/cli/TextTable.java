package org.jiaolianti.examples.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table that aligns Chinese text (two columns per CJK character) in a terminal. */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();

  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  String render() {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        widths[c] = Math.max(widths[c], width(r[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        line.append(r[c]).append(" ".repeat(widths[c] - width(r[c]))).append("  ");
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
