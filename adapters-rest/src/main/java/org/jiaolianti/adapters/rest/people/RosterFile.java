package org.jiaolianti.adapters.rest.people;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiaolianti.application.people.port.in.RosterImportUseCase;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Column;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Row;
import org.jiaolianti.application.shared.InvalidInputException;

/**
 * A roster file read into the rows of {@link RosterImportUseCase}: CSV (UTF-8 with or without a byte-order
 * mark, or GB18030/GBK as Excel saves CSV on a Chinese Windows) or XLSX (the first sheet). Used by the REST
 * resource and by the CLI; it has no Jakarta types, only Apache POI for XLSX.
 *
 * <p>The header row is the first of the first ten rows in which at least three headers are recognised
 * ({@link Column#ofHeader}): registry exports often put a title above it. Row numbers are the file's, as a
 * spreadsheet shows them (the header row of a file without a title is row 1). Rows without a value in
 * any recognised column (empty rows, a footer) are skipped; columns that are not recognised are ignored.
 *
 * <p>中文：花名册文件（CSV、XLSX）读取。
 */
public final class RosterFile {

  /** The two formats, by media type. */
  public enum Format {
    CSV("text/csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }

    /** By a file name's extension ({@code .csv}, {@code .xlsx}). */
    public static Optional<Format> ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.endsWith(".csv") ? Optional.of(CSV) : lower.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
    }
  }

  private static final int HEADER_SEARCH_ROWS = 10;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Set<Column> columns;
  private final List<Row> rows;

  private RosterFile(Set<Column> columns, List<Row> rows) {
    this.columns = Set.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** Reads a whole file; an unreadable one is an {@link InvalidInputException} on the field {@code file}. */
  public static RosterFile read(byte[] content, Format format) {
    requireNonNull(content, "content");
    requireNonNull(format, "format");
    if (content.length == 0) {
      throw unreadable("文件为空", "the file is empty");
    }
    List<List<String>> table = format == Format.CSV ? csv(decode(content)) : xlsx(content);
    return of(table);
  }

  /** The columns the header row names. */
  public Set<Column> columns() {
    return columns;
  }

  /** The data rows below the header, with their row numbers. */
  public List<Row> rows() {
    return rows;
  }

  /** The use case's command for these rows. */
  public RosterImportUseCase.Command command(String district, boolean dryRun, Set<String> schoolIds) {
    return new RosterImportUseCase.Command(district, columns, rows, dryRun, schoolIds);
  }

  private static RosterFile of(List<List<String>> table) {
    int headerIndex = -1;
    Map<Integer, Column> byIndex = new LinkedHashMap<>();
    for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.size()) && headerIndex < 0; r++) {
      Map<Integer, Column> found = new LinkedHashMap<>();
      List<String> cells = table.get(r);
      for (int c = 0; c < cells.size(); c++) {
        Optional<Column> column = Column.ofHeader(cells.get(c));
        if (column.isPresent() && !found.containsValue(column.get())) {
          found.put(c, column.get());
        }
      }
      if (found.size() >= 3) {
        headerIndex = r;
        byIndex = found;
      }
    }
    if (headerIndex < 0) {
      throw unreadable("找不到表头行（前 10 行中没有可识别的列名，如 学校标识码、学生姓名、全国学籍号）",
          "no header row (none of the first 10 rows names the columns, such as 学校标识码/schoolCode, studentName)");
    }
    List<Row> rows = new ArrayList<>();
    for (int r = headerIndex + 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      Map<Column, String> values = new EnumMap<>(Column.class);
      for (Map.Entry<Integer, Column> e : byIndex.entrySet()) {
        if (e.getKey() < cells.size()) {
          values.put(e.getValue(), cells.get(e.getKey()));
        }
      }
      if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
        rows.add(new Row(r + 1, values));
      }
    }
    return new RosterFile(Set.copyOf(byIndex.values()), rows);
  }

  private static InvalidInputException unreadable(String zh, String en) {
    return InvalidInputException.of("file", "Format", zh, en);
  }

  /** UTF-8 (a byte-order mark is dropped) if the bytes are UTF-8; else GB18030, a superset of GBK. */
  static String decode(byte[] content) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("GB18030"));
    }
  }

  /** RFC 4180: commas, double quotes (doubled inside), CRLF or LF; a line break inside quotes stays in the cell. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** The first sheet, cells as text: dates as {@code yyyy-MM-dd}, whole numbers without a decimal point. */
  static List<List<String>> xlsx(byte[] content) {
    try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw unreadable("工作簿中没有工作表", "the workbook has no sheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c)));
          }
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw unreadable("无法读取 XLSX 文件（不是有效的 Excel 2007+ 工作簿）",
          "cannot read the XLSX file (not a valid Excel 2007+ workbook)");
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getStringCellValue();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO);
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      default:
        return "";
    }
  }
}
