package org.jiaolianti.application.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiaolianti.application.testing.Scenario.HULI;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.milestone.port.in.CloseYearUseCase.CloseYearCommand;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase.CoverageLine;
import org.jiaolianti.application.milestone.port.in.MilestoneReportUseCase.MilestoneReport;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.RecordExchangeEventCommand;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.RecordTypicalCaseCommand;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.VoidRecordCommand;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.domain.milestone.ClosedFigure;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.MilestoneLine;
import org.jiaolianti.domain.milestone.MilestoneStatus;
import org.jiaolianti.domain.milestone.ShareBreakdown;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.milestone.YearClosing;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * The milestone report end to end (二, MISSION §5): four counted primary schools (two established from
 * the issue date) and a kindergarten that does not count; two zones and two towns; closing 2025.
 */
class MilestoneServiceTest {

  private static final LocalDate DEC_15 = LocalDate.of(2025, 12, 15);
  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  private final Scenario scenario = new Scenario();
  private final Town xindian = scenario.town(XIANGAN, "350213001", "新店街道");
  private final Town xinxu = scenario.town(XIANGAN, "350213101", "新圩镇");
  private final School s1 = scenario.school("3502130001", "新店一小", xindian);
  private final School s2 = scenario.school("3502130002", "新圩一小", xinxu);
  private final School s3 = scenario.school("3502130003", "新店二小", xindian);
  private final School s4 = scenario.school("3502130004", "新圩二小", xinxu);
  private final School kindergarten = scenario.school(XIANGAN, "3502130005", "新店幼儿园", SchoolType.KINDERGARTEN, xindian);
  private final Zone zoneA = scenario.join(scenario.zone("A实验区", s1), s2, ISSUED, null);
  private final Zone zoneB = scenario.join(scenario.zone("B实验区", s3), s4, ISSUED, null);
  private final Partner xindianCommunity = scenario.community("新店社区", xindian);
  private final Partner xinxuCommunity = scenario.community("新圩社区", xinxu);
  private final DockingAgreement s1Agreement = scenario.establish(s1, xindianCommunity, ISSUED);
  private final DockingAgreement s2Agreement = scenario.establish(s2, xinxuCommunity, ISSUED);

  private MilestoneReport report(LocalDate asOf) {
    return scenario.app.milestoneReports().report(XIANGAN, asOf);
  }

  private static MilestoneLine line(MilestoneReport report, MilestoneMetric metric, int year) {
    return report.lines().stream().filter(l -> l.metric() == metric && l.year() == year).findFirst().orElseThrow();
  }

  private YearClosing close(int year) {
    return scenario.app.yearClosing().close(new CloseYearCommand("350213", year, "区教育局考核组"));
  }

  private RuleViolationException refusedToClose(int year) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> close(year));
    assertThat(e).as("closing %s is refused", year).isNotNull();
    return e;
  }

  private static CoverageLine named(List<CoverageLine> lines, String name) {
    return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void beforeTheIssueDateNothingHasStarted() {
    MilestoneReport report = report(ISSUED.minusDays(1));

    assertThat(report.policyVersion()).isEqualTo("xiangan-test-2025");
    assertThat(report.lines()).hasSize(8).allSatisfy(l -> assertThat(l.status()).isEqualTo(MilestoneStatus.NOT_STARTED));
  }

  @Test
  void statusesAsOfADateBeforeTheDeadlines() {
    MilestoneReport report = report(DEC_15);

    MilestoneLine share2025 = line(report, MilestoneMetric.ESTABLISHMENT_SHARE, 2025);
    assertThat(share2025.actual().value()).isEqualByComparingTo("0.5");
    assertThat(share2025.actual().count()).isEqualTo(2);
    assertThat(share2025.actual().base()).isEqualTo(4L);
    assertThat(share2025.actual().records()).containsExactlyInAnyOrder(s1.id().value(), s2.id().value());
    assertThat(share2025.status()).isEqualTo(MilestoneStatus.MET);
    assertThat(share2025.gap()).isEqualByComparingTo("0");

    MilestoneLine share2026 = line(report, MilestoneMetric.ESTABLISHMENT_SHARE, 2026);
    assertThat(share2026.status()).isEqualTo(MilestoneStatus.ON_TRACK);
    assertThat(share2026.expected()).isLessThan(new BigDecimal("0.5"));
    assertThat(share2026.gap()).isEqualByComparingTo("0.3");

    assertThat(line(report, MilestoneMetric.TYPICAL_CASES, 2026).status()).isEqualTo(MilestoneStatus.AT_RISK);
    assertThat(line(report, MilestoneMetric.EXCHANGE_EVENTS, 2025).status()).isEqualTo(MilestoneStatus.AT_RISK);
  }

  @Test
  void recordedEvidenceMovesTheCountsAndAVoidedCaseDoesNotCount() {
    scenario.app.milestoneEvidence().recordEvent(new RecordExchangeEventCommand("350213", LocalDate.of(2025, 12, 20),
        "区教育局", "2025年“教联体”经验交流会"));
    TypicalCase counted = scenario.app.milestoneEvidence().recordCase(new RecordTypicalCaseCommand("350213", "家校共育案例",
        TypicalCaseKind.PRACTICE_CASE, Set.of(Collaboration.HOME_SCHOOL), s1.id().value(), null, DEC_15));
    TypicalCase voided = scenario.app.milestoneEvidence().recordCase(new RecordTypicalCaseCommand("350213", "护学岗微课",
        TypicalCaseKind.MICRO_LESSON, Set.of(Collaboration.POLICE_SCHOOL), null, "PUBLIC_SECURITY", DEC_15));
    scenario.app.milestoneEvidence().voidCase(new VoidRecordCommand("350213", voided.id().value(), "区教育局", "重复申报"));

    MilestoneReport report = report(LocalDate.of(2025, 12, 21));

    assertThat(line(report, MilestoneMetric.EXCHANGE_EVENTS, 2025).status()).isEqualTo(MilestoneStatus.MET);
    MilestoneLine cases = line(report, MilestoneMetric.TYPICAL_CASES, 2026);
    assertThat(cases.actual().records()).containsExactly(counted.id().value());
    assertThat(cases.status()).isEqualTo(MilestoneStatus.ON_TRACK);
    assertThat(line(report, MilestoneMetric.EXCHANGE_EVENTS, 2026).actual().count()).isZero();
  }

  @Test
  void aCaseNamesExactlyOneSource() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> scenario.app.milestoneEvidence()
        .recordCase(new RecordTypicalCaseCommand("350213", "案例", TypicalCaseKind.PRACTICE_CASE,
            Set.of(Collaboration.HOME_SCHOOL), s1.id().value(), "PUBLIC_SECURITY", DEC_15)));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("fromSchoolId");
    assertThat(scenario.app.milestoneEvidence().cases(XIANGAN)).isEmpty();
  }

  @Test
  void oneCaseOrEventIsReadByIdInItsOwnDistrictOnly() {
    var evidence = scenario.app.milestoneEvidence();
    TypicalCase c = evidence.recordCase(new RecordTypicalCaseCommand("350213", "家校共育案例",
        TypicalCaseKind.PRACTICE_CASE, Set.of(Collaboration.HOME_SCHOOL), s1.id().value(), null, DEC_15));
    ExchangeEvent e = evidence.recordEvent(new RecordExchangeEventCommand("350213", DEC_15, "区教育局", "经验交流会"));
    evidence.voidEvent(new VoidRecordCommand("350213", e.id().value(), "区教育局", "录入错误"));

    assertThat(evidence.typicalCase(XIANGAN, c.id().value())).isEqualTo(c);
    ExchangeEvent voided = evidence.exchangeEvent(XIANGAN, e.id().value());
    assertThat(voided.voiding()).isNotNull();
    assertThat(voided.version()).isEqualTo(e.version() + 1);

    for (String id : new String[] {"no-such-id", "../" + c.id().value(), ""}) {
      assertThat(catchThrowableOfType(NotFoundException.class, () -> evidence.typicalCase(XIANGAN, id))).as(id).isNotNull();
      assertThat(catchThrowableOfType(NotFoundException.class, () -> evidence.exchangeEvent(XIANGAN, id))).as(id).isNotNull();
    }
    assertThat(catchThrowableOfType(NotFoundException.class, () -> evidence.typicalCase(HULI, c.id().value()))).isNotNull();
    assertThat(catchThrowableOfType(NotFoundException.class, () -> evidence.exchangeEvent(HULI, e.id().value()))).isNotNull();
  }

  @Test
  void coverageByZoneGivesZoneNamesAndShares() {
    List<CoverageLine> lines = scenario.app.milestoneReports().coverage(XIANGAN, DEC_15, ShareBreakdown.Grouping.ZONE);

    assertThat(lines).extracting(CoverageLine::name).containsExactlyInAnyOrder("A实验区", "B实验区");
    CoverageLine a = named(lines, "A实验区");
    assertThat(a.key()).isEqualTo(zoneA.id().value());
    assertThat(a.grouping()).isEqualTo(ShareBreakdown.Grouping.ZONE);
    assertThat(a.figure().value()).isEqualByComparingTo("1");
    assertThat(a.target()).isEqualByComparingTo("0.5");
    assertThat(a.gap()).isEqualByComparingTo("-0.5");
    CoverageLine b = named(lines, "B实验区");
    assertThat(b.key()).isEqualTo(zoneB.id().value());
    assertThat(b.figure().value()).isEqualByComparingTo("0");
    assertThat(b.figure().base()).isEqualTo(2L);
    assertThat(b.gap()).isEqualByComparingTo("0.5");
  }

  @Test
  void coverageByTownGivesTownNamesAndSharesOfCountedSchoolsOnly() {
    List<CoverageLine> lines = scenario.app.milestoneReports().coverage(XIANGAN, DEC_15, ShareBreakdown.Grouping.TOWN);

    assertThat(lines).extracting(CoverageLine::key).containsExactly("350213001", "350213101");
    CoverageLine xindianLine = named(lines, "新店街道");
    assertThat(xindianLine.figure().value()).isEqualByComparingTo("0.5");
    assertThat(xindianLine.figure().base()).isEqualTo(2L);
    assertThat(xindianLine.figure().records()).containsExactly(s1.id().value()).doesNotContain(kindergarten.id().value());
    assertThat(named(lines, "新圩镇").figure().records()).containsExactly(s2.id().value());
  }

  @Test
  void aYearIsClosedOnlyAfterItEndsInShanghaiAndOnlyOnce() {
    scenario.clock.set(Instant.parse("2025-12-31T15:59:59Z"));
    RuleViolationException early = refusedToClose(2025);
    assertThat(early.decision().rule()).isEqualTo("CLOSE_AFTER_YEAR_END");
    assertThat(scenario.app.milestoneReports().report(XIANGAN, JAN_5).lines())
        .allSatisfy(l -> assertThat(l.closed()).isNull());

    scenario.today(JAN_5);
    YearClosing closing = close(2025);

    assertThat(closing.year()).isEqualTo(2025);
    assertThat(closing.closedAt()).isEqualTo(scenario.clock.now());
    assertThat(closing.closedBy()).isEqualTo("区教育局考核组");
    assertThat(closing.figures()).extracting(ClosedFigure::metric)
        .containsExactlyInAnyOrder(MilestoneMetric.ESTABLISHMENT_SHARE, MilestoneMetric.EXCHANGE_EVENTS);
    assertThat(closing.figure(MilestoneMetric.ESTABLISHMENT_SHARE).orElseThrow().figure().records())
        .containsExactlyInAnyOrder(s1.id().value(), s2.id().value());
    assertThat(refusedToClose(2025).decision().rule()).isEqualTo("CLOSE_ONCE");
  }

  @Test
  void theFirstMomentOfTheNewYearInShanghaiMayClose() {
    scenario.clock.set(Instant.parse("2025-12-31T16:00:00Z"));

    assertThat(close(2025).year()).isEqualTo(2025);
  }

  @Test
  void aYearWithoutTargetsCannotBeClosed() {
    scenario.today(JAN_5);

    assertThat(refusedToClose(2024).decision().rule()).isEqualTo("YEAR_HAS_TARGETS");
  }

  @Test
  void afterClosingAVoidShowsAsADifferenceNotAsANewActual() {
    scenario.today(JAN_5);
    close(2025);

    scenario.voidAgreement(s1Agreement);

    MilestoneReport report = report(JAN_5);
    MilestoneLine share2025 = line(report, MilestoneMetric.ESTABLISHMENT_SHARE, 2025);
    assertThat(share2025.actual().value()).isEqualByComparingTo("0.5");
    assertThat(share2025.actual().records()).containsExactlyInAnyOrder(s1.id().value(), s2.id().value());
    assertThat(share2025.status()).isEqualTo(MilestoneStatus.MET);
    assertThat(share2025.measuredOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    MilestoneLine.Closed closed = share2025.closed();
    assertThat(closed).isNotNull();
    assertThat(closed.closedBy()).isEqualTo("区教育局考核组");
    assertThat(closed.recomputed().value()).isEqualByComparingTo("0.25");
    assertThat(closed.difference()).isEqualByComparingTo("-0.25");
    assertThat(closed.removedRecords()).containsExactly(s1.id().value());
    assertThat(closed.addedRecords()).isEmpty();
    assertThat(closed.hasDifferences()).isTrue();

    MilestoneLine share2026 = line(report, MilestoneMetric.ESTABLISHMENT_SHARE, 2026);
    assertThat(share2026.closed()).isNull();
    assertThat(share2026.actual().value()).isEqualByComparingTo("0.25");
    assertThat(s2Agreement.voiding()).isNull();
  }

  @Test
  void aClosedYearWithoutLaterChangesShowsNoDifference() {
    scenario.today(JAN_5);
    close(2025);

    MilestoneLine share2025 = line(report(JAN_5), MilestoneMetric.ESTABLISHMENT_SHARE, 2025);

    assertThat(share2025.closed()).isNotNull();
    assertThat(share2025.closed().hasDifferences()).isFalse();
  }
}
