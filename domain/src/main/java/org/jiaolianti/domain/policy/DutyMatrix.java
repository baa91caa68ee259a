package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The duty matrix: signing unit × measure → {@link Responsibility#LEAD} (listed first in the
 * measure's 责任部门) or {@link Responsibility#CO_RESPONSIBLE}. Derived from the policy, never edited.
 *
 * <p>中文：责任矩阵。依据：五 各举措“责任部门”
 */
public final class DutyMatrix {

  /** One fact of the matrix: {@code unit} has {@code responsibility} for {@code measure}. */
  public record Cell(PolicyUnit unit, Measure measure, Responsibility responsibility, int position) {}

  private final List<PolicyUnit> units;
  private final List<Measure> measures;

  DutyMatrix(List<PolicyUnit> units, List<Measure> measures) {
    this.units = ImmutableList.copyOf(units);
    this.measures = ImmutableList.copyOf(measures);
  }

  public List<PolicyUnit> units() {
    return units;
  }

  public List<Measure> measures() {
    return measures;
  }

  public Responsibility cell(UnitCode unit, MeasureCode measure) {
    return measures.stream()
        .filter(m -> m.code().equals(measure))
        .findFirst()
        .map(m -> m.responsibilityOf(unit))
        .orElseThrow(() -> new IllegalArgumentException("unknown measure " + measure));
  }

  /** "What is unit X responsible for?" — the measures it leads or shares, in printed order. */
  public List<Cell> responsibilitiesOf(UnitCode unit) {
    PolicyUnit u = unit(unit);
    return measures.stream()
        .filter(m -> m.responsibilityOf(unit) != Responsibility.NONE)
        .map(m -> new Cell(u, m, m.responsibilityOf(unit), m.responsibleUnits().indexOf(unit) + 1))
        .collect(ImmutableList.toImmutableList());
  }

  /** "Who is responsible for measure Y?" — its units, lead first. */
  public List<Cell> responsibleFor(MeasureCode code) {
    Measure m = measures.stream().filter(x -> x.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown measure " + code));
    ImmutableList.Builder<Cell> cells = ImmutableList.builder();
    for (int i = 0; i < m.responsibleUnits().size(); i++) {
      UnitCode unit = m.responsibleUnits().get(i);
      cells.add(new Cell(unit(unit), m, m.responsibilityOf(unit), i + 1));
    }
    return cells.build();
  }

  /** Every non-empty cell, measure by measure in printed order, lead first. */
  public List<Cell> cells() {
    return measures.stream()
        .flatMap(m -> responsibleFor(m.code()).stream())
        .collect(ImmutableList.toImmutableList());
  }

  private PolicyUnit unit(UnitCode code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown unit " + code));
  }

  /**
   * CSV in long format: one row per (measure, unit) fact, header row of English field names, RFC
   * 4180 quoting, CRLF line ends. No byte-order mark: whoever writes a file or an HTTP body adds it.
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    out.append("measureCode,clause,collaboration,measureTitle,unitCode,unitName,responsibility,position\r\n");
    for (Cell c : cells()) {
      out.append(String.join(",",
              csv(c.measure().code().value()),
              csv(c.measure().clause().value()),
              csv(c.measure().collaboration().name()),
              csv(c.measure().title().zh()),
              csv(c.unit().code().value()),
              csv(c.unit().name()),
              csv(c.responsibility().name()),
              Integer.toString(c.position())))
          .append("\r\n");
    }
    return out.toString();
  }

  /**
   * JSON: {@code {"units":[…],"measures":[{"code":…,"responsibleUnits":[{"unitCode":…,"responsibility":"LEAD"}…]}]}}.
   */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\"units\":[");
    for (int i = 0; i < units.size(); i++) {
      PolicyUnit u = units.get(i);
      out.append(i == 0 ? "" : ",").append("{\"code\":").append(json(u.code().value()))
          .append(",\"name\":").append(json(u.name()))
          .append(",\"nameEn\":").append(json(u.nameEn())).append('}');
    }
    out.append("],\"measures\":[");
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      out.append(i == 0 ? "" : ",").append("{\"code\":").append(json(m.code().value()))
          .append(",\"clause\":").append(json(m.clause().value()))
          .append(",\"collaboration\":").append(json(m.collaboration().name()))
          .append(",\"title\":").append(json(m.title().zh()))
          .append(",\"titleEn\":").append(json(m.title().en()))
          .append(",\"responsibleUnits\":[");
      List<Cell> cells = responsibleFor(m.code());
      for (int j = 0; j < cells.size(); j++) {
        Cell c = cells.get(j);
        out.append(j == 0 ? "" : ",").append("{\"unitCode\":").append(json(c.unit().code().value()))
            .append(",\"responsibility\":").append(json(c.responsibility().name()))
            .append(",\"position\":").append(c.position()).append('}');
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }

  static String csv(String value) {
    checkArgument(value != null, "null CSV value");
    // A leading =, +, -, @, tab or CR would be run as a formula by spreadsheet programs (OWASP CSV injection).
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
