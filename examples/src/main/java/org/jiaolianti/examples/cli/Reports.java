package org.jiaolianti.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase.CoverageLine;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase.MilestoneReport;
import org.jiaolianti.application.policy.port.in.QueryPolicyUseCase.UnitResponsibilities;
import org.jiaolianti.domain.milestone.Figure;
import org.jiaolianti.domain.milestone.MilestoneLine;
import org.jiaolianti.domain.policy.DutyMatrix;
import org.jiaolianti.domain.policy.DutyStatement;
import org.jiaolianti.domain.policy.Measure;
import org.jiaolianti.domain.policy.PolicyUnit;
import org.jiaolianti.domain.policy.Responsibility;

/** Renders the CLI's reports as text. */
final class Reports {

  private Reports() {}

  /** Units down, measures across: 牵 = lead (listed first), ○ = co-responsible. */
  static String dutyMatrixTable(DutyMatrix matrix) {
    TextTable table = new TextTable();
    String[] header = new String[matrix.measures().size() + 1];
    header[0] = "单位 \\ 举措";
    for (int m = 0; m < matrix.measures().size(); m++) {
      header[m + 1] = matrix.measures().get(m).code().value();
    }
    table.row(header);
    for (PolicyUnit unit : matrix.units()) {
      String[] row = new String[header.length];
      row[0] = unit.name();
      for (int m = 0; m < matrix.measures().size(); m++) {
        Responsibility r = matrix.measures().get(m).responsibilityOf(unit.code());
        row[m + 1] = r == Responsibility.LEAD ? "牵" : r == Responsibility.CO_RESPONSIBLE ? "○" : "·";
      }
      table.row(row);
    }
    StringBuilder out = new StringBuilder(table.render());
    out.append("牵 = 牵头单位 lead (listed first)   ○ = 配合单位 co-responsible   · = none").append(System.lineSeparator());
    for (Measure m : matrix.measures()) {
      out.append(String.format("  %-4s %-6s %s%n", m.code(), m.clause(), m.title().zh()));
    }
    return out.toString();
  }

  static String unit(UnitResponsibilities r) {
    StringBuilder out = new StringBuilder();
    out.append(r.unit().name()).append("（").append(r.unit().fullName()).append("） ").append(r.unit().nameEn())
        .append(System.lineSeparator());
    out.append("职责任务 Duty statements:").append(System.lineSeparator());
    for (DutyStatement d : r.duties()) {
      out.append("  [").append(d.clause()).append("] ").append(d.text()).append(System.lineSeparator());
    }
    out.append("工作举措 Measures:").append(System.lineSeparator());
    for (DutyMatrix.Cell c : r.measures()) {
      out.append(String.format("  [%s] %s %s — %s%n", c.measure().clause(), c.measure().code(),
          c.responsibility() == Responsibility.LEAD ? "牵头 LEAD" : "配合 CO_RESPONSIBLE", c.measure().title().zh()));
    }
    return out.toString();
  }

  static String milestones(MilestoneReport report) {
    TextTable table = new TextTable().row("指标 metric", "年度", "目标 target", "实际 actual", "差距 gap", "应达 expected",
        "状态 status", "测算日 measured on");
    for (MilestoneLine l : report.lines()) {
      table.row(l.metric().label().zh(), Integer.toString(l.year()), number(l.target(), l.metric().isCount()),
          actual(l.actual(), l.metric().isCount()), number(l.gap(), l.metric().isCount()),
          l.optionalExpected().map(e -> number(e, l.metric().isCount())).orElse("—"), l.status().name(),
          l.measuredOn().toString() + l.optionalClosed().map(c -> " (已关账 closed)").orElse(""));
    }
    return "主要目标 Milestones — " + report.district() + " " + report.policyVersion() + ", as of " + report.asOf()
        + System.lineSeparator() + table.render();
  }

  /** A roster import's counts and every bad row (both languages). */
  static String rosterImport(org.jiaolianti.application.people.port.in.RosterImportUseCase.Report report) {
    String n = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append(report.dryRun() ? "试导入（未写入） Dry run (nothing written)"
        : report.written() ? "已导入 Imported" : "未写入 Nothing written").append(", ").append(report.rows())
        .append(" 行 rows").append(n);
    TextTable table = new TextTable().row("类别 kind", report.dryRun() ? "将新建 would create" : "新建 created",
        "已存在 unchanged");
    table.row("班级 classes", Integer.toString(report.classes().created()), Integer.toString(report.classes().unchanged()));
    table.row("学生 students", Integer.toString(report.students().created()),
        Integer.toString(report.students().unchanged()));
    table.row("家长 guardians", Integer.toString(report.guardians().created()),
        Integer.toString(report.guardians().unchanged()));
    table.row("监护关系 links", Integer.toString(report.links().created()), Integer.toString(report.links().unchanged()));
    out.append(table.render());
    if (!report.errors().isEmpty()) {
      out.append(n).append("有误的行 Bad rows: ").append(report.errors().size()).append(n);
      TextTable errors = new TextTable().row("行 row", "列 column", "原因", "reason");
      report.errors().forEach(e -> errors.row(Integer.toString(e.row()), e.column().header() + " " + e.column().key(),
          e.reason().zh(), e.reason().en()));
      out.append(errors.render());
    }
    return out.toString();
  }

  static String coverage(List<CoverageLine> lines) {
    TextTable table = new TextTable().row("范围 group", "建成/计入 established/counted", "占比 share", "目标 target");
    for (CoverageLine l : lines) {
      table.row(l.name(), l.figure().count() + "/" + l.figure().optionalBase().orElse(0L), percent(l.figure().value()),
          l.target() == null ? "—" : percent(l.target()));
    }
    return table.render();
  }

  private static String actual(Figure f, boolean count) {
    return count ? Long.toString(f.count()) : percent(f.value()) + " (" + f.count() + "/" + f.optionalBase().orElse(0L) + ")";
  }

  private static String number(BigDecimal value, boolean count) {
    return count ? value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() : percent(value);
  }

  private static String percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
