package org.jiaolianti.domain.testing;

import static org.jiaolianti.domain.testing.TestPolicy.DISTRICT;
import static org.jiaolianti.domain.testing.TestPolicy.ISSUE_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.ExchangeEventId;
import org.jiaolianti.domain.milestone.MilestoneFacts;
import org.jiaolianti.domain.milestone.MilestoneLine;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseId;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.testing.Alliances.Setup;

/** A district's worth of milestone records: schools (some established), typical cases, exchange events. */
public final class Districts {

  public static final ZoneId ZONE = ZoneId.of("zone-a");

  private Districts() {}

  /**
   * {@code established} schools {@code s01…} established from the issue date, then {@code shortOfCoverage}
   * schools whose only agreement covers two collaborations (so they are not established), all primary
   * schools of the own town.
   */
  public static List<Setup> schools(int established, int shortOfCoverage) {
    List<Setup> setups = new ArrayList<>();
    for (int i = 1; i <= established + shortOfCoverage; i++) {
      String id = String.format("s%02d", i);
      setups.add(i <= established
          ? Setup.established(Alliances.school(id), ZONE, ISSUE_DATE)
          : Setup.shortOfCoverage(Alliances.school(id), ZONE, ISSUE_DATE));
    }
    return setups;
  }

  public static MilestoneFacts facts(List<Setup> schools) {
    return facts(schools, List.of(), List.of());
  }

  public static MilestoneFacts facts(List<Setup> schools, List<TypicalCase> cases, List<ExchangeEvent> events) {
    return new MilestoneFacts(schools.stream().map(Setup::build).toList(), cases, events);
  }

  public static TypicalCase typicalCase(String id, LocalDate selectedOn) {
    return new TypicalCase(TypicalCaseId.of(id), DISTRICT, "典型案例" + id, TypicalCaseKind.PRACTICE_CASE,
        EnumSet.of(Collaboration.HOME_SCHOOL), SchoolId.of("s01"), null, selectedOn, null, 0);
  }

  public static ExchangeEvent event(String id, LocalDate heldOn) {
    return new ExchangeEvent(ExchangeEventId.of(id), DISTRICT, heldOn, "区教育局", "教联体经验交流会" + id, null, 0);
  }

  public static MilestoneLine line(List<MilestoneLine> report, MilestoneMetric metric, int year) {
    return report.stream().filter(l -> l.metric() == metric && l.year() == year).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + metric + " " + year));
  }
}
