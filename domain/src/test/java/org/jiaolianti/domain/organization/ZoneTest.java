package org.jiaolianti.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.testing.Alliances.voiding;
import static org.jiaolianti.domain.testing.TestPolicy.DISTRICT;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;
import org.junit.jupiter.api.Test;

/**
 * Experimental zones (教联体实验区, 五(一)1): created with their lead school (龙头校), which is always a
 * member; a school belongs to at most one zone at a time.
 */
class ZoneTest {

  private static final LocalDate ESTABLISHED = LocalDate.of(2025, 9, 1);
  private static final SchoolId LEAD = SchoolId.of("lead");
  private static final SchoolId OTHER = SchoolId.of("other");
  private static final ZoneMembershipId LEAD_MEMBERSHIP = ZoneMembershipId.of("m-lead");
  private static final ZoneMembershipId OTHER_MEMBERSHIP = ZoneMembershipId.of("m-other");

  private static Zone zoneA() {
    return Zone.establish(ZoneId.of("zone-a"), DISTRICT, "新店实验区", LEAD, "新店中心小学协调办公室", ESTABLISHED, LEAD_MEMBERSHIP);
  }

  private static void assertRejected(Decision decision, String rule) {
    assertThat(decision.isAllowed()).isFalse();
    assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.rule()).isEqualTo(rule));
  }

  @Test
  void aZoneIsEstablishedWithItsLeadSchoolAsMember() {
    Zone zone = zoneA();
    assertThat(zone.leadSchool()).isEqualTo(LEAD);
    assertThat(zone.coordinationOffice()).contains("新店中心小学协调办公室");
    assertThat(zone.memberships()).singleElement().satisfies(m -> {
      assertThat(m.school()).isEqualTo(LEAD);
      assertThat(m.period()).isEqualTo(DateRange.from(ESTABLISHED));
    });
    assertThat(zone.hasMemberOn(LEAD, ESTABLISHED)).isTrue();
    assertThat(zone.hasMemberOn(LEAD, ESTABLISHED.minusDays(1))).isFalse();
    assertThat(zone.membersOn(LocalDate.of(2030, 1, 1))).containsExactly(LEAD);
  }

  @Test
  void theLeadSchoolsMembershipCanBeNeitherEndedNorVoided() {
    Zone zone = zoneA();
    Decision decision = zone.canEndOrVoid(LEAD_MEMBERSHIP);
    assertRejected(decision, "LEAD_SCHOOL_STAYS_MEMBER");
    assertThat(((Decision.Rejected) decision).clause().value()).isEqualTo("五(一)1");
    assertThatIllegalArgumentException().isThrownBy(() -> zone.endingMembership(LEAD_MEMBERSHIP, LocalDate.of(2026, 1, 1)));
    assertThatIllegalArgumentException().isThrownBy(() -> zone.voidingMembership(LEAD_MEMBERSHIP, voiding("mistake")));
  }

  @Test
  void aZoneCannotBeReconstitutedWithoutItsLeadSchool() {
    ZoneMembership otherOnly = new ZoneMembership(OTHER_MEMBERSHIP, ZoneId.of("zone-a"), OTHER, DateRange.from(ESTABLISHED), null);
    assertThatIllegalArgumentException().isThrownBy(() -> Zone.reconstitute(ZoneId.of("zone-a"), DISTRICT, "新店实验区",
        LEAD, null, ESTABLISHED, List.of(otherOnly), 3))
        .withMessageContaining("must be a member");
    ZoneMembership endedLead = new ZoneMembership(LEAD_MEMBERSHIP, ZoneId.of("zone-a"), LEAD,
        DateRange.of(ESTABLISHED, LocalDate.of(2026, 1, 1)), null);
    assertThatIllegalArgumentException().isThrownBy(() -> Zone.reconstitute(ZoneId.of("zone-a"), DISTRICT, "新店实验区",
        LEAD, null, ESTABLISHED, List.of(endedLead), 3));
  }

  @Test
  void anOrdinaryMemberCanBeEndedOrVoided() {
    Zone zone = zoneA().withMember(OTHER_MEMBERSHIP, OTHER, DateRange.from(LocalDate.of(2025, 10, 1)));
    assertThat(zone.canEndOrVoid(OTHER_MEMBERSHIP).isAllowed()).isTrue();

    Zone ended = zone.endingMembership(OTHER_MEMBERSHIP, LocalDate.of(2026, 3, 31));
    assertThat(ended.hasMemberOn(OTHER, LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(ended.hasMemberOn(OTHER, LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(ended.membersOn(LocalDate.of(2026, 1, 1))).containsExactly(LEAD, OTHER);

    Zone voided = zone.voidingMembership(OTHER_MEMBERSHIP, voiding("joined by mistake"));
    assertThat(voided.hasMemberOn(OTHER, LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(voided.membership(OTHER_MEMBERSHIP)).hasValueSatisfying(m -> assertThat(m.isVoided()).isTrue());
    assertRejected(voided.canEndOrVoid(OTHER_MEMBERSHIP), "MEMBERSHIP_VOIDED");
    assertRejected(voided.canEndOrVoid(ZoneMembershipId.of("nope")), "UNKNOWN_MEMBERSHIP");
  }

  @Test
  void aMembershipCannotStartBeforeTheZoneWasEstablished() {
    Zone zone = zoneA();
    Decision early = zone.canAdd(OTHER, DateRange.from(ESTABLISHED.minusDays(1)));
    assertRejected(early, "MEMBERSHIP_BEFORE_ZONE");
    assertThat(zone.canAdd(OTHER, DateRange.from(ESTABLISHED)).isAllowed()).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> zone.withMember(OTHER_MEMBERSHIP, OTHER, DateRange.from(ESTABLISHED.minusDays(1))));
  }

  @Test
  void aSchoolCannotJoinAnotherZoneWhileItsMembershipOverlaps() {
    Zone a = zoneA().withMember(OTHER_MEMBERSHIP, OTHER, DateRange.from(LocalDate.of(2025, 10, 1)));
    List<ZoneMembership> ofOther = a.memberships().stream().filter(m -> m.school().equals(OTHER)).toList();

    Decision overlapping = ZoneMembershipRule.canJoin(OTHER, DateRange.from(LocalDate.of(2026, 4, 1)), ofOther);
    assertRejected(overlapping, ZoneMembershipRule.NAME);
    assertThat(((Decision.Rejected) overlapping).clause().value()).isEqualTo("五(一)1");

    Zone aEnded = a.endingMembership(OTHER_MEMBERSHIP, LocalDate.of(2026, 3, 31));
    List<ZoneMembership> afterEnding = aEnded.memberships().stream().filter(m -> m.school().equals(OTHER)).toList();
    assertThat(ZoneMembershipRule.canJoin(OTHER, DateRange.from(LocalDate.of(2026, 4, 1)), afterEnding).isAllowed()).isTrue();
    assertRejected(ZoneMembershipRule.canJoin(OTHER, DateRange.from(LocalDate.of(2026, 3, 31)), afterEnding),
        ZoneMembershipRule.NAME);
  }

  @Test
  void aVoidedMembershipDoesNotBlockJoining() {
    Zone a = zoneA().withMember(OTHER_MEMBERSHIP, OTHER, DateRange.from(LocalDate.of(2025, 10, 1)))
        .voidingMembership(OTHER_MEMBERSHIP, voiding("wrong zone"));
    assertThat(ZoneMembershipRule.canJoin(OTHER, DateRange.from(LocalDate.of(2025, 10, 1)), a.memberships()).isAllowed())
        .isTrue();
  }

  @Test
  void membershipsOfOtherSchoolsDoNotBlockJoining() {
    assertThat(ZoneMembershipRule.canJoin(OTHER, DateRange.from(ESTABLISHED), zoneA().memberships()).isAllowed()).isTrue();
  }

  @Test
  void aSchoolThatMovedZonesIsAMemberOfTheOldZoneBeforeAndTheNewOneAfter() {
    LocalDate lastDayInA = LocalDate.of(2026, 3, 31);
    LocalDate firstDayInB = LocalDate.of(2026, 4, 1);
    Zone a = zoneA().withMember(OTHER_MEMBERSHIP, OTHER, DateRange.from(LocalDate.of(2025, 10, 1)))
        .endingMembership(OTHER_MEMBERSHIP, lastDayInA);
    Zone b = Zone.establish(ZoneId.of("zone-b"), DISTRICT, "马巷实验区", SchoolId.of("lead-b"), null, ESTABLISHED,
        ZoneMembershipId.of("m-lead-b")).withMember(ZoneMembershipId.of("m-other-b"), OTHER, DateRange.from(firstDayInB));

    assertThat(a.hasMemberOn(OTHER, lastDayInA)).isTrue();
    assertThat(b.hasMemberOn(OTHER, lastDayInA)).isFalse();
    assertThat(a.hasMemberOn(OTHER, firstDayInB)).isFalse();
    assertThat(b.hasMemberOn(OTHER, firstDayInB)).isTrue();
  }

  @Test
  void aMembershipBelongsToItsZone() {
    ZoneMembership foreign = new ZoneMembership(OTHER_MEMBERSHIP, ZoneId.of("zone-b"), OTHER, DateRange.from(ESTABLISHED), null);
    ZoneMembership lead = new ZoneMembership(LEAD_MEMBERSHIP, ZoneId.of("zone-a"), LEAD, DateRange.from(ESTABLISHED), null);
    assertThatIllegalArgumentException().isThrownBy(() -> Zone.reconstitute(ZoneId.of("zone-a"), DISTRICT, "新店实验区",
        LEAD, null, ESTABLISHED, List.of(lead, foreign), 1))
        .withMessageContaining("belongs to zone zone-b");
  }
}
