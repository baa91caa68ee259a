package org.jiaolianti.application.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.time.LocalDate;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;

/** Classes, students and guardians; the national student number may be omitted only in a kindergarten. */
class RosterServiceTest {

  private static final String NUMBER = "G350213201801010012";
  private static final LocalDate BORN = LocalDate.of(2018, 1, 1);

  private final Scenario scenario = new Scenario();
  private final Town town = scenario.town(XIANGAN, "350213001", "新店街道");
  private final School primary = scenario.school("3502130001", "新店中心小学", town);
  private final School other = scenario.school("3502130002", "新店第二小学", town);
  private final School kindergarten = scenario.school(XIANGAN, "3502130003", "新店幼儿园", SchoolType.KINDERGARTEN, town);

  private Student enrol(School school, String classId, String name, String number) {
    return scenario.app.roster().enrol(new EnrolStudentCommand("350213", school.id().value(), classId, name, Gender.FEMALE,
        BORN, number));
  }

  private InvalidInputException invalid(Runnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    assertThat(e).as("invalid input").isNotNull();
    return e;
  }

  @Test
  void aPrimaryPupilWithoutNationalNumberIsInvalid() {
    InvalidInputException e = invalid(() -> enrol(primary, null, "林小涵", null));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("nationalNumber");
      assertThat(f.message().zh()).contains("全国学籍号");
    });
    assertThat(scenario.storage.roster().studentsOf(XIANGAN, primary.id())).isEmpty();
  }

  @Test
  void aKindergartenChildWithoutNationalNumberIsFine() {
    Student child = enrol(kindergarten, null, "小宝", null);

    assertThat(child.nationalNumber()).isNull();
    assertThat(scenario.storage.roster().studentsOf(XIANGAN, kindergarten.id())).containsExactly(child);
  }

  @Test
  void aNationalNumberAlreadyEnrolledIsAConflict() {
    Student first = enrol(primary, null, "林一", NUMBER);

    ConflictException e = catchThrowableOfType(ConflictException.class, () -> enrol(other, null, "林二", NUMBER));

    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
    assertThat(e.text().zh()).doesNotContain(NUMBER);
    assertThat(scenario.storage.roster().studentByNationalNumber(XIANGAN, first.nationalNumber())).contains(first);
    assertThat(scenario.storage.roster().studentsOf(XIANGAN, other.id())).isEmpty();
  }

  @Test
  void aMalformedNationalNumberIsInvalid() {
    InvalidInputException e = invalid(() -> enrol(primary, null, "林一", "350213201801010012"));

    assertThat(e.errors()).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("nationalNumber");
      assertThat(f.code()).isEqualTo("Pattern");
    });
  }

  @Test
  void aPupilIsPlacedInAClassOfItsOwnSchoolOnly() {
    SchoolClass classOfOther = scenario.app.roster().registerClass(new RegisterClassCommand("350213", other.id().value(),
        2025, 2, 1));
    SchoolClass own = scenario.app.roster().registerClass(new RegisterClassCommand("350213", primary.id().value(), 2025, 2, 1));

    assertThat(invalid(() -> enrol(primary, classOfOther.id().value(), "林一", NUMBER)).errors())
        .extracting(FieldError::field).containsExactly("classId");
    assertThat(enrol(primary, own.id().value(), "林一", NUMBER).schoolClass()).isEqualTo(own.id());
    assertThat(catchThrowableOfType(ConflictException.class, () -> scenario.app.roster().registerClass(
        new RegisterClassCommand("350213", primary.id().value(), 2025, 2, 1))).kind())
        .isEqualTo(ConflictException.Kind.DUPLICATE);
  }

  @Test
  void aGuardianIsLinkedToAChild() {
    Student child = enrol(primary, null, "林一", NUMBER);
    Guardian mother = scenario.app.roster().registerGuardian(new RegisterGuardianCommand("350213", "林妈妈", "13912345678"));

    scenario.app.roster().link(new LinkGuardianCommand("350213", mother.id().value(), child.id().value(),
        GuardianRelation.MOTHER));

    assertThat(scenario.storage.roster().linksOfStudent(XIANGAN, child.id())).singleElement()
        .satisfies(l -> assertThat(l.guardian()).isEqualTo(mother.id()));
  }
}
