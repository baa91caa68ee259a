package org.jiaolianti.domain.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.domain.policy.Collaboration.COMMUNITY_EDUCATION;
import static org.jiaolianti.domain.policy.Collaboration.HOME_SCHOOL;
import static org.jiaolianti.domain.policy.Collaboration.POLICE_SCHOOL;
import static org.jiaolianti.domain.testing.Alliances.OTHER_TOWN;
import static org.jiaolianti.domain.testing.Alliances.OWN_TOWN;
import static org.jiaolianti.domain.testing.Alliances.SETUP;
import static org.jiaolianti.domain.testing.TestPolicy.DISTRICT;
import static org.jiaolianti.domain.testing.TestPolicy.ISSUE_DATE;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembershipId;
import org.jiaolianti.domain.organization.ZoneMembershipRule;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.testing.Alliances;
import org.jiaolianti.domain.testing.Alliances.Setup;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The establishment share per zone and per town/street (MISSION §5), following zone memberships by
 * date: a school that moved zones (五(一)1, one zone at a time) counts in the old zone before the move
 * and in the new one after.
 */
class ZoneBreakdownTest {

  private static final LocalDate LAST_DAY_IN_A = LocalDate.of(2026, 3, 31);
  private static final LocalDate FIRST_DAY_IN_B = LocalDate.of(2026, 4, 1);

  private final MilestoneCalculator calculator = new MilestoneCalculator(TestPolicy.policy());
  private Zone zoneA;
  private Zone zoneB;
  private MilestoneFacts facts;

  private static School school(String id, org.jiaolianti.domain.organization.TownCode town) {
    return Alliances.school(id, SchoolType.PRIMARY, town);
  }

  private Setup established(School school) {
    Setup setup = Setup.of(school).completeCommitteeFrom(SETUP).agreementWith(
        Alliances.community(school.id().value() + "-community", school.town()), DateRange.from(ISSUE_DATE),
        HOME_SCHOOL, COMMUNITY_EDUCATION, POLICE_SCHOOL);
    zoneA.memberships().stream().filter(m -> m.school().equals(school.id())).forEach(setup::membership);
    zoneB.memberships().stream().filter(m -> m.school().equals(school.id())).forEach(setup::membership);
    return setup;
  }

  @BeforeEach
  void moveTheMoverFromZoneAToZoneB() {
    SchoolId mover = SchoolId.of("mover");
    zoneA = Zone.establish(ZoneId.of("zone-a"), DISTRICT, "新店实验区", SchoolId.of("lead-a"), null, SETUP,
            ZoneMembershipId.of("m-lead-a"))
        .withMember(ZoneMembershipId.of("m-mover-a"), mover, DateRange.from(LocalDate.of(2025, 10, 1)))
        .endingMembership(ZoneMembershipId.of("m-mover-a"), LAST_DAY_IN_A);
    List<org.jiaolianti.domain.organization.ZoneMembership> moversSoFar = zoneA.memberships().stream()
        .filter(m -> m.school().equals(mover)).toList();
    assertThat(ZoneMembershipRule.canJoin(mover, DateRange.from(FIRST_DAY_IN_B), moversSoFar).isAllowed()).isTrue();
    zoneB = Zone.establish(ZoneId.of("zone-b"), DISTRICT, "马巷实验区", SchoolId.of("lead-b"), null, SETUP,
            ZoneMembershipId.of("m-lead-b"))
        .withMember(ZoneMembershipId.of("m-mover-b"), mover, DateRange.from(FIRST_DAY_IN_B));

    facts = new MilestoneFacts(List.of(
        established(school("lead-a", OWN_TOWN)).build(),
        established(school("lead-b", OTHER_TOWN)).build(),
        established(school("mover", OWN_TOWN)).build(),
        established(school("no-zone", OTHER_TOWN)).build()), List.of(), List.of());
  }

  @Test
  void theMoverIsAMemberOfZoneAUpToItsLastDayAndOfZoneBFromTheNextDay() {
    SchoolId mover = SchoolId.of("mover");
    assertThat(zoneA.hasMemberOn(mover, LAST_DAY_IN_A)).isTrue();
    assertThat(zoneB.hasMemberOn(mover, LAST_DAY_IN_A)).isFalse();
    assertThat(zoneA.hasMemberOn(mover, FIRST_DAY_IN_B)).isFalse();
    assertThat(zoneB.hasMemberOn(mover, FIRST_DAY_IN_B)).isTrue();
  }

  @Test
  void theMoverCountsInZoneABeforeTheMove() {
    List<ShareBreakdown> byZone = calculator.breakdown(facts, LAST_DAY_IN_A, ShareBreakdown.Grouping.ZONE);
    assertThat(byZone).extracting(ShareBreakdown::groupKey).containsExactly("zone-a", "zone-b");
    assertThat(byZone.get(0).figure().records()).containsExactly("lead-a", "mover");
    assertThat(byZone.get(0).figure().base()).isEqualTo(2L);
    assertThat(byZone.get(1).figure().records()).containsExactly("lead-b");
    assertThat(byZone.get(1).figure().base()).isEqualTo(1L);
    assertThat(byZone).allSatisfy(b -> {
      assertThat(b.grouping()).isEqualTo(ShareBreakdown.Grouping.ZONE);
      assertThat(b.target()).isEqualByComparingTo("0.8");
    });
  }

  @Test
  void theMoverCountsInZoneBAfterTheMove() {
    List<ShareBreakdown> byZone = calculator.breakdown(facts, FIRST_DAY_IN_B, ShareBreakdown.Grouping.ZONE);
    assertThat(byZone.get(0).groupKey()).isEqualTo("zone-a");
    assertThat(byZone.get(0).figure().records()).containsExactly("lead-a");
    assertThat(byZone.get(0).figure().base()).isEqualTo(1L);
    assertThat(byZone.get(1).groupKey()).isEqualTo("zone-b");
    assertThat(byZone.get(1).figure().records()).containsExactly("lead-b", "mover");
    assertThat(byZone.get(1).figure().base()).isEqualTo(2L);
  }

  @Test
  void aSchoolInNoZoneIsInNoZoneGroupButCountsInItsTown() {
    List<ShareBreakdown> byZone = calculator.breakdown(facts, FIRST_DAY_IN_B, ShareBreakdown.Grouping.ZONE);
    assertThat(byZone).allSatisfy(b -> assertThat(b.figure().records()).doesNotContain("no-zone"));

    List<ShareBreakdown> byTown = calculator.breakdown(facts, FIRST_DAY_IN_B, ShareBreakdown.Grouping.TOWN);
    assertThat(byTown).extracting(ShareBreakdown::groupKey).containsExactly(OWN_TOWN.value(), OTHER_TOWN.value());
    assertThat(byTown.get(0).figure().base()).isEqualTo(2L);
    // no-zone has everything but a zone, so with the default rule it is counted but not established.
    assertThat(byTown.get(1).figure().base()).isEqualTo(2L);
    assertThat(byTown.get(1).figure().records()).containsExactly("lead-b");
  }

  @Test
  void beforeAnyZoneExistedNoSchoolIsGroupedByZone() {
    assertThat(calculator.breakdown(facts, SETUP.minusDays(1), ShareBreakdown.Grouping.ZONE)).isEmpty();
    assertThat(calculator.breakdown(facts, SETUP.minusDays(1), ShareBreakdown.Grouping.TOWN).get(0).target())
        .isEqualByComparingTo("0.5");
  }

  @Test
  void aYearWithoutAShareTargetHasNoTargetInTheBreakdown() {
    assertThat(calculator.breakdown(facts, LocalDate.of(2028, 6, 1), ShareBreakdown.Grouping.TOWN))
        .isNotEmpty().allSatisfy(b -> assertThat(b.target()).isNull());
  }
}
