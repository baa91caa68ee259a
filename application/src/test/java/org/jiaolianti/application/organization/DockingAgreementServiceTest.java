package org.jiaolianti.application.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiaolianti.application.testing.Scenario.ISSUED;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.EndAgreementCommand;
import org.jiaolianti.application.organization.port.in.ManageDockingAgreementsUseCase.SignAgreementsCommand;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/** A partner docks with many schools at once: one agreement per school, all or none (四(二)). */
class DockingAgreementServiceTest {

  private final Scenario scenario = new Scenario();
  private final Town town = scenario.town(XIANGAN, "350213001", "新店街道");
  private final School one = scenario.school("3502130001", "第一小学", town);
  private final School two = scenario.school("3502130002", "第二小学", town);
  private final School three = scenario.school("3502130003", "第三小学", town);
  private final Partner police = scenario.department(XIANGAN, "公安局翔安分局", TestPolicies.PUBLIC_SECURITY);

  private SignAgreementsCommand sign(List<String> schoolIds) {
    return new SignAgreementsCommand("350213", police.id().value(), schoolIds, Set.of(Collaboration.POLICE_SCHOOL),
        " 设立护学岗 ", "上下学时段值守", "王警官", "0592-110", ISSUED, null);
  }

  private List<DockingAgreement> agreementsOfAll() {
    return List.of(one, two, three).stream()
        .flatMap(s -> scenario.app.organization().agreements(XIANGAN, s.id()).stream()).toList();
  }

  @Test
  void oneAgreementPerSchool() {
    List<DockingAgreement> signed = scenario.app.agreements().sign(sign(List.of(one.id().value(), two.id().value(),
        three.id().value())));

    assertThat(signed).extracting(DockingAgreement::school).containsExactly(one.id(), two.id(), three.id());
    assertThat(signed).allSatisfy(a -> {
      assertThat(a.partner()).isEqualTo(police.id());
      assertThat(a.duties()).isEqualTo("设立护学岗");
      assertThat(a.period()).isEqualTo(DateRange.from(ISSUED));
      assertThat(a.voiding()).isNull();
    });
    assertThat(signed).extracting(DockingAgreement::id).doesNotHaveDuplicates();
    assertThat(agreementsOfAll()).containsExactlyInAnyOrderElementsOf(signed);
  }

  @Test
  void anUnknownSchoolAmongThemWritesNone() {
    assertThatThrownBy(() -> scenario.app.agreements().sign(sign(List.of(one.id().value(), SchoolId.newId().value(),
        three.id().value())))).isInstanceOf(NotFoundException.class);

    assertThat(agreementsOfAll()).isEmpty();
  }

  @Test
  void aSchoolListedTwiceIsInvalidAndWritesNone() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.agreements().sign(sign(List.of(one.id().value(), two.id().value(), one.id().value()))));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("schoolIds");
    assertThat(agreementsOfAll()).isEmpty();
  }

  @Test
  void noSchoolAtAllIsInvalid() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.agreements().sign(sign(List.of())));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("schoolIds");
      assertThat(f.message().zh()).isEqualTo("至少需要一项");
      assertThat(f.message().en()).isEqualTo("must name at least one");
    });
  }

  @Test
  void aMalformedSchoolIdNamesItsPosition() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> scenario.app.agreements().sign(sign(List.of(one.id().value(), "不是编号"))));

    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("schoolIds[1]"));
    assertThat(agreementsOfAll()).isEmpty();
  }

  @Test
  void anEndBeforeTheStartIsInvalid() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> scenario.app.agreements().sign(
        new SignAgreementsCommand("350213", police.id().value(), List.of(one.id().value()),
            Set.of(Collaboration.POLICE_SCHOOL), "护学岗", "值守", "王警官", "110", ISSUED, ISSUED.minusDays(1))));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("validTo");
  }

  @Test
  void anEndedAgreementKeepsItsPast() {
    DockingAgreement agreement = scenario.sign(police, Set.of(Collaboration.POLICE_SCHOOL), ISSUED, one).get(0);

    DockingAgreement ended = scenario.app.agreements().end(new EndAgreementCommand("350213", agreement.id().value(),
        LocalDate.of(2026, 6, 30)));

    assertThat(ended.countsOn(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(ended.countsOn(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(ended.version()).isEqualTo(agreement.version() + 1);
  }
}
