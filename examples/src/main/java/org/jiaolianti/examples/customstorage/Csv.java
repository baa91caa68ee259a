package org.jiaolianti.examples.customstorage;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, reading and writing whole texts: fields separated by commas, rows ended by CRLF (LF alone
 * is accepted when reading); a field holding a comma, a double quote or a line break is enclosed in double
 * quotes, with each double quote inside it doubled. Fields are kept exactly, spaces included.
 */
final class Csv {

  /** One row and the line of the file it starts on (a quoted field may span several lines). */
  record Row(int line, List<String> fields) {}

  private Csv() {}

  static String format(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(quoted(row.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String quoted(String field) {
    boolean needsQuotes = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * The rows of {@code text}; a final line break ends the last row, it does not start an empty one.
   *
   * @throws IllegalArgumentException naming the line, if a quote is misplaced or never closed
   */
  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '"') {
        int openedOn = line;
        i++;
        while (true) {
          if (i == text.length()) {
            throw new IllegalArgumentException("line " + openedOn + ": a quoted field is never closed");
          }
          char c = text.charAt(i++);
          if (c == '"' && i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            break;
          } else {
            line += c == '\n' ? 1 : 0;
            field.append(c);
          }
        }
        if (i < text.length() && !endsField(text.charAt(i))) {
          throw new IllegalArgumentException("line " + line + ": a closing quote must be followed by a comma or a line break");
        }
      } else {
        while (i < text.length() && !endsField(text.charAt(i))) {
          char c = text.charAt(i++);
          if (c == '"') {
            throw new IllegalArgumentException("line " + line + ": a double quote inside a field that does not start with one");
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i < text.length() && text.charAt(i) == ',') {
        i++;
        if (i == text.length()) {
          fields.add(""); // "a,b," ends with an empty field
        }
        continue;
      }
      // a line break (CRLF, LF or CR) or the end of the text ends the row
      if (i < text.length()) {
        i += text.startsWith("\r\n", i) ? 2 : 1;
        line++;
      }
      rows.add(new Row(rowLine, List.copyOf(fields)));
      fields.clear();
      rowLine = line;
    }
    if (!fields.isEmpty()) {
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }

  private static boolean endsField(char c) {
    return c == ',' || c == '\r' || c == '\n';
  }
}
