package org.jiaolianti.adapters.rest.milestone;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase.CoverageLine;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase.MilestoneReport;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.Figure;
import org.jiaolianti.domain.milestone.MilestoneLine;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.Voiding;

/**
 * The JSON shapes of the milestone resources. Shares are decimals between 0 and 1 and counts whole
 * numbers, both without trailing zeros; {@code gap} is target − actual (positive: short of the target).
 */
final class MilestoneViews {

  private MilestoneViews() {}

  /** {@code 0.500000} → {@code 0.5}, {@code 10} stays {@code 10} (never {@code 1E+1}); null stays null. */
  static BigDecimal number(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  record Text(String zh, String en) {
    static Text of(Bilingual b) {
      return new Text(b.zh(), b.en());
    }
  }

  /** Who voided a record, when and why: the record is kept but counts for no date. */
  record VoidingView(String voidedBy, Instant voidedAt, String reason) {
    static VoidingView of(Voiding v) {
      return v == null ? null : new VoidingView(v.voidedBy(), v.voidedAt(), v.reason());
    }
  }

  /** A typical case; collaborations in the policy's order. */
  record TypicalCaseView(String id, String title, String kind, List<String> collaborations, String fromSchoolId,
      String fromUnitCode, LocalDate selectedOn, boolean voided, VoidingView voiding, long version) {
    static TypicalCaseView of(TypicalCase c) {
      return new TypicalCaseView(c.id().value(), c.title(), c.kind().name(),
          c.collaborations().stream().sorted().map(Enum::name).toList(),
          c.optionalSchool().map(s -> s.value()).orElse(null), c.optionalUnit().map(u -> u.value()).orElse(null),
          c.selectedOn(), c.voiding() != null, VoidingView.of(c.voiding()), c.version());
    }
  }

  /** An experience-exchange event. */
  record ExchangeEventView(String id, LocalDate heldOn, String organiser, String title, boolean voided,
      VoidingView voiding, long version) {
    static ExchangeEventView of(ExchangeEvent e) {
      return new ExchangeEventView(e.id().value(), e.heldOn(), e.organiser(), e.title(), e.voiding() != null,
          VoidingView.of(e.voiding()), e.version());
    }
  }

  /**
   * A measured figure: {@code value} (the share, or the count), {@code count} (schools established, or
   * records counted) and, for a share, {@code base} (schools counted). The records behind it are not
   * listed: reports are aggregates.
   */
  record FigureView(BigDecimal value, long count, Long base) {
    static FigureView of(Figure f) {
      return f == null ? null : new FigureView(number(f.value()), f.count(), f.base());
    }
  }

  /** The frozen figures of a closed year and how today's data differ from them. */
  record ClosedView(Instant closedAt, String closedBy, FigureView recomputed, BigDecimal difference, int addedRecords,
      int removedRecords, boolean hasDifferences) {
    static ClosedView of(MilestoneLine.Closed c) {
      return c == null ? null : new ClosedView(c.closedAt(), c.closedBy(), FigureView.of(c.recomputed()),
          number(c.difference()), c.addedRecords().size(), c.removedRecords().size(), c.hasDifferences());
    }
  }

  /** One milestone target as of the report's date. {@code kind} is SHARE (0–1) or COUNT. */
  record MilestoneLineView(String metric, Text label, String kind, int year, String clause, LocalDate deadline,
      BigDecimal target, FigureView actual, BigDecimal gap, BigDecimal expected, String status, LocalDate measuredOn,
      ClosedView closed) {
    static MilestoneLineView of(MilestoneLine l) {
      return new MilestoneLineView(l.metric().name(), Text.of(l.metric().label()),
          l.metric().isCount() ? "COUNT" : "SHARE", l.year(), l.clause() == null ? null : l.clause().value(),
          l.deadline(), number(l.target()), FigureView.of(l.actual()), number(l.gap()), number(l.expected()),
          l.status().name(), l.measuredOn(), ClosedView.of(l.closed()));
    }
  }

  /** The milestone report: one line per target of the district's policy. */
  record MilestoneReportView(String district, String policyVersion, LocalDate asOf, List<MilestoneLineView> lines) {
    static MilestoneReportView of(MilestoneReport r) {
      return new MilestoneReportView(r.district().value(), r.policyVersion(), r.asOf(),
          r.lines().stream().map(MilestoneLineView::of).toList());
    }
  }

  /**
   * The establishment share of one zone or town/street: {@code established} of {@code counted} schools,
   * {@code share} = established / counted, and the target of the as-of year with its gap (both absent
   * when the policy sets no target that year).
   */
  record CoverageGroupView(String key, String name, long established, long counted, BigDecimal share,
      BigDecimal target, BigDecimal gap) {
    static CoverageGroupView of(CoverageLine l) {
      return new CoverageGroupView(l.key(), l.name(), l.figure().count(), l.figure().optionalBase().orElse(0L),
          number(l.figure().value()), number(l.target()), number(l.gap()));
    }
  }

  /** The coverage report: one group per zone or per town/street. */
  record CoverageView(String district, LocalDate asOf, String by, List<CoverageGroupView> groups) {}
}
