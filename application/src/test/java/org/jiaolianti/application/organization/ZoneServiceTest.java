package org.jiaolianti.application.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EndZoneMembershipCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.VoidZoneMembershipCommand;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.organization.ZoneMembershipRule;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/** Experimental zones: the lead school is always a member; a school is in one zone at a time (五(一)1). */
class ZoneServiceTest {

  private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
  private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

  private final Scenario scenario = new Scenario();
  private final Town town = scenario.town(XIANGAN, "350213001", "新店街道");
  private final School leadA = scenario.school("3502130001", "新店中心小学", town);
  private final School leadB = scenario.school("3502130002", "马巷中心小学", town);
  private final School member = scenario.school("3502130003", "欧厝小学", town);

  private ZoneMembership membershipOf(Zone zone, School school) {
    return zone.memberships().stream().filter(m -> m.school().equals(school.id())).findFirst().orElseThrow();
  }

  private Zone endMembership(Zone zone, School school, LocalDate lastDay) {
    return scenario.app.zones().endMembership(new EndZoneMembershipCommand("350213", zone.id().value(),
        membershipOf(zone, school).id().value(), lastDay));
  }

  private RuleViolationException refused(Runnable call) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call::run);
    assertThat(e).as("a rule violation").isNotNull();
    return e;
  }

  @Test
  void aZoneIsEstablishedWithItsLeadSchoolAsMember() {
    Zone zone = scenario.app.zones().establish(new EstablishZoneCommand("350213", " 新店实验区 ", leadA.id().value(),
        "新店中心小学协调办公室", ISSUED));

    assertThat(zone.name()).isEqualTo("新店实验区");
    assertThat(zone.leadSchool()).isEqualTo(leadA.id());
    assertThat(zone.coordinationOffice()).contains("新店中心小学协调办公室");
    assertThat(zone.memberships()).singleElement().satisfies(m -> {
      assertThat(m.school()).isEqualTo(leadA.id());
      assertThat(m.period()).isEqualTo(DateRange.from(ISSUED));
    });
    assertThat(scenario.app.organization().zone(XIANGAN, zone.id()).membersOn(ISSUED)).containsExactly(leadA.id());
  }

  @Test
  void aSchoolJoinsAZone() {
    Zone zone = scenario.zone("新店实验区", leadA);

    Zone joined = scenario.join(zone, member, LocalDate.of(2025, 12, 15), null);

    assertThat(joined.version()).isEqualTo(zone.version() + 1);
    assertThat(joined.membersOn(LocalDate.of(2025, 12, 14))).containsExactly(leadA.id());
    assertThat(joined.membersOn(LocalDate.of(2025, 12, 15))).containsExactlyInAnyOrder(leadA.id(), member.id());
  }

  @Test
  void aSchoolInOneZoneCannotJoinAnotherForAnOverlappingPeriod() {
    Zone a = scenario.join(scenario.zone("A实验区", leadA), member, ISSUED, null);
    Zone b = scenario.zone("B实验区", leadB);

    RuleViolationException e = refused(() -> scenario.join(b, member, LocalDate.of(2026, 1, 1), null));

    assertThat(e.decision().rule()).isEqualTo(ZoneMembershipRule.NAME).isEqualTo("SCHOOL_IN_ONE_ZONE_AT_A_TIME");
    assertThat(e.decision().clause()).isEqualTo(ClauseRef.of("五(一)1"));
    assertThat(e.text().zh()).contains("同一时间只能属于一个实验区");
    assertThat(scenario.app.organization().zone(XIANGAN, b.id()).memberships()).hasSize(1);
    assertThat(scenario.app.organization().zone(XIANGAN, a.id()).memberships()).hasSize(2);
  }

  @Test
  void afterLeavingOneZoneASchoolCanJoinAnotherFromTheNextDay() {
    Zone a = scenario.join(scenario.zone("A实验区", leadA), member, ISSUED, null);
    Zone b = scenario.zone("B实验区", leadB);

    Zone aEnded = endMembership(a, member, MARCH_31);

    assertThat(membershipOf(aEnded, member).period()).isEqualTo(DateRange.of(ISSUED, MARCH_31));
    assertThat(refused(() -> scenario.join(b, member, MARCH_31, null)).decision().rule())
        .isEqualTo("SCHOOL_IN_ONE_ZONE_AT_A_TIME");
    Zone bJoined = scenario.join(b, member, APRIL_1, null);
    assertThat(bJoined.hasMemberOn(member.id(), APRIL_1)).isTrue();
    assertThat(scenario.app.organization().zone(XIANGAN, a.id()).hasMemberOn(member.id(), MARCH_31)).isTrue();
    assertThat(scenario.app.organization().zone(XIANGAN, a.id()).hasMemberOn(member.id(), APRIL_1)).isFalse();
  }

  @Test
  void aVoidedMembershipDoesNotHoldTheSchool() {
    Zone a = scenario.join(scenario.zone("A实验区", leadA), member, ISSUED, null);
    Zone b = scenario.zone("B实验区", leadB);

    Zone aVoided = scenario.app.zones().voidMembership(new VoidZoneMembershipCommand("350213", a.id().value(),
        membershipOf(a, member).id().value(), "区教育局", "录入错误"));

    assertThat(membershipOf(aVoided, member).voiding()).isNotNull();
    assertThat(scenario.join(b, member, ISSUED, null).hasMemberOn(member.id(), ISSUED)).isTrue();
  }

  @Test
  void theLeadSchoolsMembershipCanBeNeitherEndedNorVoided() {
    Zone zone = scenario.join(scenario.zone("A实验区", leadA), member, ISSUED, null);

    RuleViolationException ended = refused(() -> endMembership(zone, leadA, MARCH_31));
    RuleViolationException voided = refused(() -> scenario.app.zones().voidMembership(new VoidZoneMembershipCommand(
        "350213", zone.id().value(), membershipOf(zone, leadA).id().value(), "区教育局", "误操作")));

    assertThat(ended.decision().rule()).isEqualTo("LEAD_SCHOOL_STAYS_MEMBER");
    assertThat(ended.decision().clause()).isEqualTo(ClauseRef.of("五(一)1"));
    assertThat(voided.decision().rule()).isEqualTo("LEAD_SCHOOL_STAYS_MEMBER");
    assertThat(scenario.app.organization().zone(XIANGAN, zone.id()).hasMemberOn(leadA.id(), LocalDate.of(2030, 1, 1)))
        .isTrue();
  }

  @Test
  void aLeadSchoolCannotLeadASecondZoneAtTheSameTime() {
    scenario.zone("A实验区", leadA);

    assertThat(refused(() -> scenario.zone("另一个实验区", leadA)).decision().rule()).isEqualTo("SCHOOL_IN_ONE_ZONE_AT_A_TIME");
    assertThat(scenario.app.organization().zones(XIANGAN)).hasSize(1);
  }

  @Test
  void aMembershipCannotStartBeforeTheZone() {
    Zone zone = scenario.zone("A实验区", leadA);

    assertThat(refused(() -> scenario.join(zone, member, ISSUED.minusDays(1), null)).decision().rule())
        .isEqualTo("MEMBERSHIP_BEFORE_ZONE");
  }

  @Test
  void anEndOutsideTheMembershipsPeriodIsInvalid() {
    Zone zone = scenario.join(scenario.zone("A实验区", leadA), member, LocalDate.of(2026, 1, 1), null);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> endMembership(zone, member, LocalDate.of(2025, 12, 31)));

    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("lastDay"));
    assertThat(membershipOf(scenario.app.organization().zone(XIANGAN, zone.id()), member).period().validTo()).isNull();
  }
}
