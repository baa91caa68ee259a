package org.jiaolianti.application.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.testing.Scenario.HULI;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.util.List;
import java.util.Set;
import org.jiaolianti.application.organization.port.in.ManageCommitteeUseCase.AppointMemberCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.organization.port.in.ManageZonesUseCase.EstablishZoneCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Unknown ids are not-found errors, and a record of another district is unknown (district isolation). */
class UnknownIdsTest {

  private final Scenario scenario = new Scenario();
  private final Town xianganTown = scenario.town(XIANGAN, "350213001", "新店街道");
  private final School xianganSchool = scenario.school("3502130001", "新店小学", xianganTown);
  private final Town huliTown = scenario.town(HULI, "350206001", "湖里街道");
  private final School huliSchool = scenario.school(HULI, "3502060001", "湖里实验小学", SchoolType.PRIMARY, huliTown);

  @Test
  void unknownIdsAreNotFound() {
    String unknown = SchoolId.newId().value();

    assertThatThrownBy(() -> scenario.app.organization().school(XIANGAN, SchoolId.of(unknown)))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).text().zh()).startsWith("未找到学校"));
    assertThatThrownBy(() -> scenario.app.organization().zone(XIANGAN, ZoneId.newId())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.organization().committee(XIANGAN, SchoolId.of(unknown)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.committees().appoint(new AppointMemberCommand("350213", unknown, "李校长",
        CommitteeMemberKind.SCHOOL_LEADER, null, ISSUED, null))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.agreements().sign(new SignAgreementsCommand("350213", "no-such-partner",
        List.of(xianganSchool.id().value()), Set.of(Collaboration.HOME_SCHOOL), "职责", "方式", "联系人", "电话", ISSUED,
        null))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.allianceStatus().status(XIANGAN, SchoolId.of(unknown), ISSUED))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.users().assignmentsOf(XIANGAN, UserId.newId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.roster().enrol(new EnrolStudentCommand("350213", unknown, null, "小明",
        Gender.MALE, ISSUED.minusYears(7), "G350213201801010012"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aDistrictWithoutActivePolicyIsNotFound() {
    assertThatThrownBy(() -> scenario.app.register().registerTown(
        new RegisterTownCommand("350203", "350203001", "思明街道", TownKind.STREET)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.milestoneReports().report(DistrictCode.of("350203"), ISSUED))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSchoolOfAnotherDistrictIsNotFound() {
    assertThatThrownBy(() -> scenario.app.organization().school(XIANGAN, huliSchool.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.organization().agreements(XIANGAN, huliSchool.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.allianceStatus().status(XIANGAN, huliSchool.id(), ISSUED))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.zones().establish(new EstablishZoneCommand("350213", "跨区实验区",
        huliSchool.id().value(), null, ISSUED))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scenario.app.committees().appoint(new AppointMemberCommand("350213",
        huliSchool.id().value(), "李校长", CommitteeMemberKind.SCHOOL_LEADER, null, ISSUED, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(scenario.app.organization().schools(XIANGAN)).containsExactly(xianganSchool);
    assertThat(scenario.app.organization().schools(HULI)).containsExactly(huliSchool);
    assertThat(scenario.app.organization().zones(XIANGAN)).isEmpty();
  }

  @Test
  void aPartnerCannotDockWithAnotherDistrictsSchoolAndNothingIsWritten() {
    Partner community = scenario.community("新店社区", xianganTown);

    assertThatThrownBy(() -> scenario.sign(community, Set.of(Collaboration.HOME_SCHOOL), ISSUED, xianganSchool, huliSchool))
        .isInstanceOf(NotFoundException.class);
    assertThat(scenario.app.organization().agreements(XIANGAN, xianganSchool.id())).isEmpty();
    assertThat(scenario.app.organization().agreements(HULI, huliSchool.id())).isEmpty();
  }

  @Test
  void aPartnerOfAnotherDistrictIsNotFound() {
    Partner huliCommunity = scenario.community("湖里社区", huliTown);

    assertThatThrownBy(() -> scenario.app.agreements().sign(new SignAgreementsCommand("350213",
        huliCommunity.id().value(), List.of(xianganSchool.id().value()), Set.of(Collaboration.HOME_SCHOOL), "职责", "方式",
        "联系人", "电话", ISSUED, null))).isInstanceOf(NotFoundException.class);
    assertThat(scenario.app.organization().agreements(XIANGAN, xianganSchool.id())).isEmpty();
    assertThat(scenario.app.organization().partners(XIANGAN)).isEmpty();
  }
}
