package org.jiaolianti.application.people.port.in;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Imports classes, students, guardians and guardian–student links from the rows of a school registry
 * export (学籍系统导出的花名册), one row per student and guardian. The file formats (CSV, XLSX) are read by
 * adapters, which hand over the rows as text cells keyed by {@link Column}; every cell is checked here.
 *
 * <p><b>Dry run</b>: every row is checked and every bad row reported (row number, column, reason in
 * Chinese and English); nothing is written. <b>Real run</b>: the same checks, then everything is written in
 * one transaction, or nothing when any row is bad (an {@link
 * org.jiaolianti.application.shared.InvalidInputException} whose fields are {@code rows[<row>].<column>}).
 *
 * <p><b>Idempotent</b>: the import only creates what is missing and never changes or deletes a stored
 * record, so importing the same file twice creates nothing the second time. A student is the same student
 * when the national student number (全国学籍号) is the same; a child without one (kindergarten only) when
 * the school, name, birth date and one guardian's mobile number are the same. A guardian is the same
 * guardian when the mobile number is; a class when school, school year, grade and class number are.
 *
 * <p>中文：花名册导入（班级、学生、家长及监护关系），支持试导入（只校验不写入）；正式导入全部成功或全部不写入；重复导入不产生重复数据。
 */
public interface RosterImportUseCase {

  /** Most rows in one import: a large district school's registry export. */
  int MAX_ROWS = 50_000;

  /** Checks every row; in a real run, writes everything in one transaction (or throws, having written nothing). */
  default Report importRoster(Command command) {
    return importRoster(command, Progress.NONE);
  }

  /** As {@link #importRoster(Command)}, telling {@code progress} how many rows are done (for a progress bar). */
  Report importRoster(Command command, Progress progress);

  /** Progress of a long import: called with the rows checked (and, in a real run, then written) so far. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = (phase, done, total) -> { };

    /** {@code phase} is {@code "check"} or {@code "write"}; {@code done} of {@code total} rows. */
    void rows(String phase, int done, int total);
  }

  /**
   * The columns of a roster file, with the header a registry export uses (学校标识码 …) and English aliases.
   * Headers are matched ignoring case, spaces, {@code _} and {@code -}; columns not listed are ignored
   * (registry exports carry many more). {@link #required()} columns must be present.
   */
  enum Column {
    SCHOOL_CODE("schoolCode", true, "学校标识码", "学校代码", "school code", "school_code"),
    SCHOOL_YEAR("schoolYear", false, "学年", "school year", "academic year"),
    GRADE("grade", true, "年级", "grade"),
    CLASS_NUMBER("classNumber", true, "班级", "班号", "class", "class number", "class no"),
    STUDENT_NAME("studentName", true, "学生姓名", "姓名", "student name", "name"),
    GENDER("gender", true, "性别", "gender", "sex"),
    BIRTH_DATE("birthDate", true, "出生日期", "birth date", "date of birth", "dob"),
    NATIONAL_NUMBER("nationalNumber", true, "全国学籍号", "学籍号", "national student number", "national number",
        "student number"),
    GUARDIAN_NAME("guardianName", true, "监护人姓名", "家长姓名", "guardian name", "parent name"),
    GUARDIAN_MOBILE("guardianMobile", true, "监护人手机号", "监护人联系电话", "家长手机号", "guardian mobile",
        "guardian phone", "mobile", "phone"),
    RELATION("relation", true, "关系", "与学生关系", "监护人关系", "relation", "relationship");

    private final String key;
    private final boolean required;
    private final List<String> headers;

    Column(String key, boolean required, String... headers) {
      this.key = key;
      this.required = required;
      this.headers = List.of(headers);
    }

    /** The field name in error paths and JSON: {@code nationalNumber}. */
    public String key() {
      return key;
    }

    /** Whether a file without this column is refused (every row would be incomplete). */
    public boolean required() {
      return required;
    }

    /** The header as a registry export has it: {@code 全国学籍号}. */
    public String header() {
      return headers.get(0);
    }

    /** Every header this column is recognised by: the Chinese ones first, then English. */
    public List<String> headers() {
      return headers;
    }

    /** The column a header names, if any. */
    public static Optional<Column> ofHeader(String header) {
      if (header == null) {
        return Optional.empty();
      }
      String wanted = normalize(header);
      return Arrays.stream(values())
          .filter(c -> c.headers.stream().anyMatch(h -> normalize(h).equals(wanted)) || normalize(c.key).equals(wanted))
          .findFirst();
    }

    private static String normalize(String header) {
      return header.replace("\uFEFF", "").replaceAll("[\\s_\\-*＊]", "").toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One row of the file: its row number as a spreadsheet shows it (the header is row 1) and its cells by
   * column; a missing or blank cell is absent.
   */
  record Row(int number, Map<Column, String> cells) {
    public Row {
      requireNonNull(cells, "cells");
      EnumMap<Column, String> copy = new EnumMap<>(Column.class);
      cells.forEach((c, v) -> {
        if (v != null && !v.isBlank()) {
          copy.put(requireNonNull(c), v.strip());
        }
      });
      cells = java.util.Collections.unmodifiableMap(copy);
    }

    /** The cell's text, stripped, or null when blank. */
    public String get(Column column) {
      return cells.get(column);
    }
  }

  /**
   * One file's rows.
   *
   * @param district the district imported into
   * @param columns the columns the file has (its header row): a required one missing is an error at row 1
   * @param rows the data rows, at most {@link #MAX_ROWS}
   * @param dryRun check and report only, write nothing
   * @param schoolIds the schools the caller may import for (a school administrator: their own); null for any
   *     school of the district. A row of another school is a bad row.
   */
  record Command(String district, Set<Column> columns, List<Row> rows, boolean dryRun, Set<String> schoolIds) {
    public Command {
      columns = columns == null ? Set.of() : Set.copyOf(columns);
      rows = rows == null ? List.of() : List.copyOf(rows);
      schoolIds = schoolIds == null ? null : Set.copyOf(schoolIds);
    }
  }

  /** A bad cell: the row number (1 = the header row), its column, a code for machines, and the reason. */
  record RowError(int row, Column column, String code, Bilingual reason) {
    public RowError {
      requireNonNull(column, "column");
      requireNonNull(code, "code");
      requireNonNull(reason, "reason");
    }
  }

  /** How many records of one kind the import created (or, in a dry run, would create) and found unchanged. */
  record Count(int created, int unchanged) {}

  /**
   * The outcome: per kind, created and unchanged; every bad row. In a dry run "created" means "would be
   * created". {@code written} is true only for a real run without errors.
   */
  record Report(boolean dryRun, boolean written, int rows, Count classes, Count students, Count guardians, Count links,
      List<RowError> errors) {
    public Report {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }
}
