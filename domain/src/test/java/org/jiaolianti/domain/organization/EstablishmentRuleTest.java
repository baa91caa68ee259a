package org.jiaolianti.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.domain.organization.EstablishmentCondition.COLLABORATION_COVERAGE;
import static org.jiaolianti.domain.organization.EstablishmentCondition.COMPLETE_COMMITTEE;
import static org.jiaolianti.domain.organization.EstablishmentCondition.OWN_TOWN_AGREEMENT;
import static org.jiaolianti.domain.organization.EstablishmentCondition.SCHOOL_OPEN;
import static org.jiaolianti.domain.organization.EstablishmentCondition.ZONE_MEMBERSHIP;
import static org.jiaolianti.domain.policy.Collaboration.COMMUNITY_EDUCATION;
import static org.jiaolianti.domain.policy.Collaboration.HOME_SCHOOL;
import static org.jiaolianti.domain.policy.Collaboration.MEDICAL_EDUCATION;
import static org.jiaolianti.domain.policy.Collaboration.POLICE_SCHOOL;
import static org.jiaolianti.domain.policy.Collaboration.VENUE_SCHOOL;
import static org.jiaolianti.domain.testing.Alliances.OTHER_TOWN;
import static org.jiaolianti.domain.testing.Alliances.OWN_TOWN;
import static org.jiaolianti.domain.testing.Alliances.SETUP;
import static org.jiaolianti.domain.testing.Alliances.community;
import static org.jiaolianti.domain.testing.Alliances.department;
import static org.jiaolianti.domain.testing.Alliances.member;
import static org.jiaolianti.domain.testing.Alliances.school;
import static org.jiaolianti.domain.testing.Alliances.townStreet;
import static org.jiaolianti.domain.testing.Alliances.venue;
import static org.jiaolianti.domain.testing.Alliances.voiding;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.domain.policy.EstablishmentSettings;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.testing.Alliances.Setup;
import org.jiaolianti.domain.testing.TestPolicy;
import org.junit.jupiter.api.Test;

/**
 * "A school has established its 教联体 on a date" (MISSION §4): complete committee (五(一)1), zone
 * membership (五(一)1), an active docking agreement with its own town/street or a community in it
 * (四(二)), and active agreements covering at least K collaborations (四(二)); each switchable.
 */
class EstablishmentRuleTest {

  private static final ZoneId ZONE = ZoneId.of("zone-a");
  private static final LocalDate AGREED = LocalDate.of(2025, 12, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private final EstablishmentRule rule = new EstablishmentRule(EstablishmentSettings.defaults());

  /** Complete committee and zone membership from 2025-09-01; agreements are added per test. */
  private static Setup baseSchool() {
    return Setup.of(school("s1")).completeCommitteeFrom(SETUP).inZone(ZONE, DateRange.from(SETUP));
  }

  private static Setup fullyEstablished() {
    return baseSchool()
        .agreementWith(community("xindian", OWN_TOWN), DateRange.from(AGREED), HOME_SCHOOL, COMMUNITY_EDUCATION)
        .agreementWith(department(TestPolicy.PUBLIC_SECURITY), DateRange.from(AGREED), POLICE_SCHOOL);
  }

  private static Set<EstablishmentCondition> unmet(EstablishmentResult result) {
    return result.unmet().stream().map(UnmetCondition::condition).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(EstablishmentCondition.class)));
  }

  @Test
  void aSchoolMeetingEveryConditionIsEstablished() {
    EstablishmentResult result = rule.evaluate(fullyEstablished().build(), TODAY);
    assertThat(result.established()).isTrue();
    assertThat(result.unmet()).isEmpty();
    assertThat(result.coveredCollaborations()).containsExactlyInAnyOrder(HOME_SCHOOL, COMMUNITY_EDUCATION, POLICE_SCHOOL);
    assertThat(result.school()).isEqualTo(SchoolId.of("s1"));
    assertThat(result.asOf()).isEqualTo(TODAY);
  }

  @Test
  void theDefaultRuleChecksAllFiveConditions() {
    assertThat(rule.activeConditions())
        .containsExactly(SCHOOL_OPEN, COMPLETE_COMMITTEE, ZONE_MEMBERSHIP, OWN_TOWN_AGREEMENT, COLLABORATION_COVERAGE);
    assertThat(COMPLETE_COMMITTEE.clause().value()).isEqualTo("五(一)1");
    assertThat(OWN_TOWN_AGREEMENT.clause().value()).isEqualTo("四(二)");
  }

  @Test
  void aSchoolWithNothingMissesEveryConditionButOpen() {
    EstablishmentResult result = rule.evaluate(Setup.of(school("s1")).build(), TODAY);
    assertThat(result.established()).isFalse();
    assertThat(unmet(result)).containsExactlyInAnyOrder(COMPLETE_COMMITTEE, ZONE_MEMBERSHIP, OWN_TOWN_AGREEMENT,
        COLLABORATION_COVERAGE);
    assertThat(result.coveredCollaborations()).isEmpty();
  }

  /** Ending an agreement does not rewrite the past: it counts up to and including its last day. */
  @Test
  void anAgreementThatEndedYesterdayCountsForYesterdayButNotToday() {
    LocalDate yesterday = TODAY.minusDays(1);
    Setup setup = fullyEstablished().changeAgreementsWith(community("xindian", OWN_TOWN).id(), a -> a.endingOn(yesterday));

    EstablishmentResult today = rule.evaluate(setup.build(), TODAY);
    assertThat(today.established()).isFalse();
    assertThat(unmet(today)).containsExactlyInAnyOrder(OWN_TOWN_AGREEMENT, COLLABORATION_COVERAGE);
    assertThat(today.coveredCollaborations()).containsExactly(POLICE_SCHOOL);

    EstablishmentResult onTheLastDay = rule.evaluate(setup.build(), yesterday);
    assertThat(onTheLastDay.established()).isTrue();
    assertThat(onTheLastDay.unmet()).isEmpty();
  }

  /** Voiding removes a record from every computation, past ones included. */
  @Test
  void aVoidedAgreementCountsForNoDateNotEvenInsideItsPeriod() {
    Setup setup = fullyEstablished()
        .changeAgreementsWith(community("xindian", OWN_TOWN).id(), a -> a.voided(voiding("entered for the wrong school")));
    for (LocalDate date : List.of(AGREED, LocalDate.of(2025, 12, 31), TODAY)) {
      EstablishmentResult result = rule.evaluate(setup.build(), date);
      assertThat(result.established()).as("on %s", date).isFalse();
      assertThat(unmet(result)).as("on %s", date).containsExactlyInAnyOrder(OWN_TOWN_AGREEMENT, COLLABORATION_COVERAGE);
    }
    assertThat(setup.agreements().get(0).agreement().isVoided()).isTrue();
  }

  @Test
  void anAgreementCountsFromItsFirstDay() {
    assertThat(rule.evaluate(fullyEstablished().build(), AGREED).established()).isTrue();
    EstablishmentResult before = rule.evaluate(fullyEstablished().build(), AGREED.minusDays(1));
    assertThat(unmet(before)).containsExactlyInAnyOrder(OWN_TOWN_AGREEMENT, COLLABORATION_COVERAGE);
  }

  @Test
  void aCommitteeWithoutACommunityRepresentativeIsIncomplete() {
    SchoolId s1 = SchoolId.of("s1");
    Setup setup = Setup.of(school("s1"))
        .member(member("m1", s1, CommitteeMemberKind.SCHOOL_LEADER, DateRange.from(SETUP)))
        .member(member("m2", s1, CommitteeMemberKind.TEACHER_REP, DateRange.from(SETUP)))
        .member(member("m3", s1, CommitteeMemberKind.PARENT_REP, DateRange.from(SETUP)))
        .member(member("m4", s1, CommitteeMemberKind.PARENT_REP, DateRange.from(SETUP)))
        .inZone(ZONE, DateRange.from(SETUP))
        .agreementWith(community("xindian", OWN_TOWN), DateRange.from(AGREED), HOME_SCHOOL, COMMUNITY_EDUCATION, POLICE_SCHOOL);

    EstablishmentResult result = rule.evaluate(setup.build(), TODAY);
    assertThat(result.established()).isFalse();
    assertThat(unmet(result)).containsExactly(COMPLETE_COMMITTEE);
    UnmetCondition committee = result.unmet().get(0);
    assertThat(committee.detail().zh()).contains("社区代表").doesNotContain("家长代表");
    assertThat(committee.detail().en()).contains("community representative");
  }

  @Test
  void anAgreementOnlyWithACommunityOfAnotherTownLeavesOwnTownUnmet() {
    Setup setup = baseSchool()
        .agreementWith(community("maxiang", OTHER_TOWN), DateRange.from(AGREED), HOME_SCHOOL, COMMUNITY_EDUCATION, POLICE_SCHOOL);
    EstablishmentResult result = rule.evaluate(setup.build(), TODAY);
    assertThat(result.established()).isFalse();
    assertThat(unmet(result)).containsExactly(OWN_TOWN_AGREEMENT);
    assertThat(result.unmet().get(0).detail().zh()).contains(OWN_TOWN.value());
  }

  @Test
  void anAgreementWithTheOwnTownStreetItselfMeetsOwnTown() {
    Setup setup = baseSchool()
        .agreementWith(townStreet(OWN_TOWN), DateRange.from(AGREED), HOME_SCHOOL, COMMUNITY_EDUCATION, POLICE_SCHOOL);
    EstablishmentResult result = rule.evaluate(setup.build(), TODAY);
    assertThat(result.established()).isTrue();
    assertThat(result.isUnmet(OWN_TOWN_AGREEMENT)).isFalse();
  }

  @Test
  void anAgreementWithAnotherTownStreetOrADepartmentIsNotAnOwnTownAgreement() {
    Setup setup = baseSchool()
        .agreementWith(townStreet(OTHER_TOWN), DateRange.from(AGREED), HOME_SCHOOL)
        .agreementWith(department(TestPolicy.HEALTH), DateRange.from(AGREED), MEDICAL_EDUCATION)
        .agreementWith(venue("kejiguan"), DateRange.from(AGREED), VENUE_SCHOOL);
    EstablishmentResult result = rule.evaluate(setup.build(), TODAY);
    assertThat(unmet(result)).containsExactly(OWN_TOWN_AGREEMENT);
  }

  @Test
  void twoCollaborationsAreShortOfThreeUnlessCoverageIsOffOrKIsTwo() {
    Setup setup = baseSchool()
        .agreementWith(community("xindian", OWN_TOWN), DateRange.from(AGREED), HOME_SCHOOL)
        .agreementWith(venue("kejiguan"), DateRange.from(AGREED), VENUE_SCHOOL, HOME_SCHOOL);

    EstablishmentResult withK3 = rule.evaluate(setup.build(), TODAY);
    assertThat(withK3.established()).isFalse();
    assertThat(unmet(withK3)).containsExactly(COLLABORATION_COVERAGE);
    assertThat(withK3.coveredCollaborations()).containsExactlyInAnyOrder(HOME_SCHOOL, VENUE_SCHOOL);
    assertThat(withK3.unmet().get(0).detail().en()).contains("cover 2").contains("at least 3");

    EstablishmentRule coverageOff = new EstablishmentRule(new EstablishmentSettings(true, true, true, false, 3));
    assertThat(coverageOff.activeConditions()).doesNotContain(COLLABORATION_COVERAGE);
    assertThat(coverageOff.evaluate(setup.build(), TODAY).established()).isTrue();

    EstablishmentRule k2 = new EstablishmentRule(new EstablishmentSettings(true, true, true, true, 2));
    assertThat(k2.evaluate(setup.build(), TODAY).established()).isTrue();
  }

  @Test
  void aCollaborationServedByTwoAgreementsCountsOnce() {
    Setup setup = baseSchool()
        .agreementWith(community("xindian", OWN_TOWN), DateRange.from(AGREED), HOME_SCHOOL, POLICE_SCHOOL)
        .agreementWith(department(TestPolicy.PUBLIC_SECURITY), DateRange.from(AGREED), POLICE_SCHOOL);
    assertThat(rule.evaluate(setup.build(), TODAY).coveredCollaborations()).hasSize(2);
    assertThat(unmet(rule.evaluate(setup.build(), TODAY))).containsExactly(COLLABORATION_COVERAGE);
  }

  @Test
  void withZoneMembershipSwitchedOffASchoolInNoZoneCanBeEstablished() {
    Setup noZone = Setup.of(school("s1")).completeCommitteeFrom(SETUP)
        .agreementWith(community("xindian", OWN_TOWN), DateRange.from(AGREED), HOME_SCHOOL, COMMUNITY_EDUCATION, POLICE_SCHOOL);
    assertThat(unmet(rule.evaluate(noZone.build(), TODAY))).containsExactly(ZONE_MEMBERSHIP);

    EstablishmentRule zoneOff = new EstablishmentRule(new EstablishmentSettings(true, false, true, true, 3));
    assertThat(zoneOff.evaluate(noZone.build(), TODAY).established()).isTrue();
    assertThat(zoneOff.activeConditions()).doesNotContain(ZONE_MEMBERSHIP);
  }

  @Test
  void aSchoolNotYetOpenOrAlreadyClosedIsNotEstablished() {
    LocalDate opens = LocalDate.of(2026, 9, 1);
    Setup notYetOpen = fullyEstablished().school(s -> new School(s.id(), s.district(), s.code(), s.name(), s.type(),
        s.town(), opens, null, 0));
    EstablishmentResult before = rule.evaluate(notYetOpen.build(), TODAY);
    assertThat(unmet(before)).containsExactly(SCHOOL_OPEN);
    assertThat(before.unmet().get(0).detail().en()).contains("not open on 2026-03-10");
    assertThat(rule.evaluate(notYetOpen.build(), opens).established()).isTrue();

    LocalDate closes = LocalDate.of(2026, 3, 1);
    Setup closed = fullyEstablished().school(s -> s.closedOn(closes));
    assertThat(unmet(rule.evaluate(closed.build(), TODAY))).containsExactly(SCHOOL_OPEN);
    assertThat(unmet(rule.evaluate(closed.build(), closes))).containsExactly(SCHOOL_OPEN);
    assertThat(rule.evaluate(closed.build(), closes.minusDays(1)).established()).isTrue();
  }

  @Test
  void schoolOpenStaysCheckedWhenEveryOtherConditionIsOff() {
    EstablishmentRule minimal = new EstablishmentRule(new EstablishmentSettings(false, false, false, false, 1));
    assertThat(minimal.activeConditions()).containsExactly(SCHOOL_OPEN);
    School s = school("s1");
    assertThat(minimal.evaluate(Setup.of(s).build(), TODAY).established()).isTrue();
    assertThat(unmet(minimal.evaluate(Setup.of(s.closedOn(TODAY)).build(), TODAY))).containsExactly(SCHOOL_OPEN);
  }

  @Test
  void aLeapDayIsAnOrdinaryAsOfDate() {
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    assertThat(rule.evaluate(fullyEstablished().build(), leapDay).established()).isTrue();

    Setup endsTheDayBefore = fullyEstablished()
        .changeAgreementsWith(community("xindian", OWN_TOWN).id(), a -> a.endingOn(LocalDate.of(2028, 2, 28)));
    EstablishmentResult result = rule.evaluate(endsTheDayBefore.build(), leapDay);
    assertThat(result.asOf()).isEqualTo(leapDay);
    assertThat(unmet(result)).containsExactlyInAnyOrder(OWN_TOWN_AGREEMENT, COLLABORATION_COVERAGE);
    assertThat(rule.evaluate(endsTheDayBefore.build(), LocalDate.of(2028, 2, 28)).established()).isTrue();
  }

  @Test
  void anEndedZoneMembershipStopsCountingAfterItsLastDay() {
    LocalDate lastDay = LocalDate.of(2026, 3, 31);
    Setup setup = Setup.of(school("s1")).completeCommitteeFrom(SETUP).inZone(ZONE, DateRange.of(SETUP, lastDay))
        .agreementWith(community("xindian", OWN_TOWN), DateRange.from(AGREED), HOME_SCHOOL, COMMUNITY_EDUCATION, POLICE_SCHOOL);
    assertThat(rule.evaluate(setup.build(), lastDay).established()).isTrue();
    assertThat(unmet(rule.evaluate(setup.build(), lastDay.plusDays(1)))).containsExactly(ZONE_MEMBERSHIP);
  }

  @Test
  void minCollaborationsMustBeBetweenOneAndSix() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new EstablishmentSettings(true, true, true, true, 7));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new EstablishmentSettings(true, true, true, true, 0));
  }
}
