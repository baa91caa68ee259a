package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.NationalStudentNumber;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Roster}: classes (unique by school, school year, grade and number), students
 * (unique by national student number within a district; kindergarten children may have none),
 * guardians, and guardian–student links readable both ways.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #roster()} to
 * return a fresh, empty port; override {@link #referencedRecordsExist} if your storage needs the towns
 * and schools to exist first. The application test-jar ships it.
 */
public abstract class RosterContract extends PortContract<Roster> {

  private static final NationalStudentNumber NUMBER = NationalStudentNumber.of("G350213201801010012");

  /** A fresh port that holds no class, student, guardian or link. */
  protected abstract Roster roster();

  @Override
  final Roster newPort() {
    return roster();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.townsAndSchools();
  }

  private static SchoolClass schoolClass(School school, int year, int grade, int number) {
    return new SchoolClass(ClassId.newId(), school.district(), school.id(), year, grade, number, 0);
  }

  private static Student student(School school, ClassId schoolClass, String name, NationalStudentNumber number) {
    return Student.enrol(StudentId.newId(), school.district(), school.id(), school.type(), schoolClass, name, Gender.FEMALE,
        LocalDate.of(2018, 1, 1), number);
  }

  private static Guardian guardian(DistrictCode district, String name, String mobile) {
    return new Guardian(GuardianId.newId(), district, name, MobileNumber.of(mobile), 0);
  }

  @Test
  void anAddedClassReadsBackEqual() {
    SchoolClass c = schoolClass(world.schoolA, 2025, 3, 2);
    port().addClass(c);

    assertSameRecord(port().classById(XIANGAN, c.id()).orElseThrow(), c);
    assertThat(port().classesOf(XIANGAN, world.schoolA.id())).containsExactly(c);
    assertThat(port().classById(XIANGAN, ClassId.newId())).isEmpty();
  }

  @Test
  void theSameClassTwiceIsADuplicate() {
    SchoolClass c = schoolClass(world.schoolA, 2025, 3, 2);
    port().addClass(c);
    SchoolClass again = schoolClass(world.schoolA, 2025, 3, 2);

    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addClass(again));
    assertThat(port().classById(XIANGAN, again.id())).isEmpty();
    SchoolClass nextYear = schoolClass(world.schoolA, 2026, 3, 2);
    SchoolClass otherNumber = schoolClass(world.schoolA, 2025, 3, 3);
    SchoolClass otherSchool = schoolClass(world.schoolB, 2025, 3, 2);
    port().addClass(nextYear);
    port().addClass(otherNumber);
    port().addClass(otherSchool);
    assertThat(port().classesOf(XIANGAN, world.schoolA.id())).containsExactlyInAnyOrder(c, nextYear, otherNumber);
    assertThat(port().classesOf(XIANGAN, world.schoolB.id())).containsExactly(otherSchool);
  }

  @Test
  void anAddedStudentReadsBackEqual() {
    SchoolClass c = schoolClass(world.schoolA, 2025, 2, 1);
    port().addClass(c);
    Student student = student(world.schoolA, c.id(), "林" + RARE + "涵", NUMBER);
    port().addStudent(student);

    Student read = port().studentById(XIANGAN, student.id()).orElseThrow();
    assertSameRecord(read, student);
    assertThat(read.name()).isEqualTo("林" + RARE + "涵");
    assertThat(read.nationalNumber()).isEqualTo(NUMBER);
    assertSameRecord(port().studentByNationalNumber(XIANGAN, NUMBER).orElseThrow(), student);
    assertThat(port().studentsOf(XIANGAN, world.schoolA.id())).containsExactly(student);
    assertThat(port().studentById(XIANGAN, StudentId.newId())).isEmpty();
  }

  @Test
  void kindergartenChildrenWithoutNumberReadBackWithout() {
    Student one = student(world.kindergarten, null, "小一", null);
    Student two = student(world.kindergarten, null, "小二", null);
    port().addStudent(one);
    port().addStudent(two);

    assertSameRecord(port().studentById(XIANGAN, one.id()).orElseThrow(), one);
    assertThat(port().studentById(XIANGAN, one.id()).orElseThrow().nationalNumber()).isNull();
    assertThat(port().studentById(XIANGAN, one.id()).orElseThrow().schoolClass()).isNull();
    assertThat(port().studentsOf(XIANGAN, world.kindergarten.id())).containsExactlyInAnyOrder(one, two);
  }

  @Test
  void aNationalNumberAlreadyPresentInTheDistrictIsADuplicate() {
    Student first = student(world.schoolA, null, "林一", NUMBER);
    port().addStudent(first);
    Student second = student(world.schoolB, null, "林二", NUMBER);

    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().addStudent(second));
    assertThat(port().studentById(XIANGAN, second.id())).isEmpty();
    assertSameRecord(port().studentByNationalNumber(XIANGAN, NUMBER).orElseThrow(), first);
  }

  @Test
  void anAddedGuardianReadsBackEqual() {
    Guardian guardian = guardian(XIANGAN, "陈" + RARE + "芳", "13912345678");
    port().addGuardian(guardian);

    assertSameRecord(port().guardianById(XIANGAN, guardian.id()).orElseThrow(), guardian);
    assertThat(port().guardianById(XIANGAN, guardian.id()).orElseThrow().name()).isEqualTo("陈" + RARE + "芳");
    assertThat(port().guardianById(XIANGAN, GuardianId.newId())).isEmpty();
  }

  @Test
  void guardiansAreFoundByMobileNumberWithinTheirDistrict() {
    Guardian first = guardian(XIANGAN, "妈妈", "13912345678");
    Guardian second = guardian(XIANGAN, "妈妈二", "13912345678");
    Guardian other = guardian(XIANGAN, "爸爸", "13812345678");
    Guardian huli = guardian(HULI, "湖里家长", "13912345678");
    port().addGuardian(first);
    port().addGuardian(second);
    port().addGuardian(other);
    port().addGuardian(huli);

    assertThat(port().guardiansWithMobile(XIANGAN, MobileNumber.of("13912345678")))
        .containsExactlyElementsOf(java.util.stream.Stream.of(first, second)
            .sorted(java.util.Comparator.comparing(g -> g.id().value())).toList());
    assertThat(port().guardiansWithMobile(XIANGAN, MobileNumber.of("13712345678"))).isEmpty();
    assertThat(port().guardiansWithMobile(HULI, MobileNumber.of("13812345678"))).isEmpty();
  }

  @Test
  void linksReadBothWays() {
    Student elder = student(world.schoolA, null, "大宝", NUMBER);
    Student younger = student(world.kindergarten, null, "二宝", null);
    Guardian mother = guardian(XIANGAN, "妈妈", "13912345678");
    Guardian grandfather = guardian(XIANGAN, "爷爷", "13712345678");
    port().addStudent(elder);
    port().addStudent(younger);
    port().addGuardian(mother);
    port().addGuardian(grandfather);
    GuardianLink motherElder = new GuardianLink(XIANGAN, mother.id(), elder.id(), GuardianRelation.MOTHER);
    GuardianLink motherYounger = new GuardianLink(XIANGAN, mother.id(), younger.id(), GuardianRelation.MOTHER);
    GuardianLink grandfatherElder = new GuardianLink(XIANGAN, grandfather.id(), elder.id(), GuardianRelation.GRANDPARENT);
    port().link(motherElder);
    port().link(motherYounger);
    port().link(grandfatherElder);

    assertThat(port().linksOfGuardian(XIANGAN, mother.id())).containsExactlyInAnyOrder(motherElder, motherYounger);
    assertThat(port().linksOfGuardian(XIANGAN, grandfather.id())).containsExactly(grandfatherElder);
    assertThat(port().linksOfStudent(XIANGAN, elder.id())).containsExactlyInAnyOrder(motherElder, grandfatherElder);
    assertThat(port().linksOfStudent(XIANGAN, younger.id())).containsExactly(motherYounger);
  }

  @Test
  void aSchoolsOrTheDistrictsStudentsAndLinksComeInBulk() {
    Student elder = student(world.schoolA, null, "大宝", NUMBER);
    Student sibling = student(world.schoolA, null, "小宝", NationalStudentNumber.of("G350213201801010013"));
    Student younger = student(world.kindergarten, null, "二宝", null);
    Student noGuardian = student(world.schoolA, null, "三宝", NationalStudentNumber.of("G350213201801010014"));
    Guardian mother = guardian(XIANGAN, "妈妈", "13912345678");
    Guardian grandfather = guardian(XIANGAN, "爷爷", "13712345678");
    for (Student s : List.of(elder, sibling, younger, noGuardian)) {
      port().addStudent(s);
    }
    port().addGuardian(mother);
    port().addGuardian(grandfather);
    List<GuardianLink> links = List.of(new GuardianLink(XIANGAN, mother.id(), elder.id(), GuardianRelation.MOTHER),
        new GuardianLink(XIANGAN, grandfather.id(), elder.id(), GuardianRelation.GRANDPARENT),
        new GuardianLink(XIANGAN, mother.id(), sibling.id(), GuardianRelation.MOTHER),
        new GuardianLink(XIANGAN, mother.id(), younger.id(), GuardianRelation.MOTHER));
    links.forEach(port()::link);

    // school A: the elder's two links and the sibling's, not the kindergarten child's
    List<GuardianLink> expected = links.stream().filter(l -> !l.student().equals(younger.id()))
        .sorted(Comparator.comparing((GuardianLink l) -> l.student().value())
            .thenComparing(l -> l.guardian().value()))
        .toList();
    assertThat(port().linksOfStudentsOf(XIANGAN, world.schoolA.id())).containsExactlyElementsOf(expected);
    assertThat(port().linksOfStudentsOf(XIANGAN, world.kindergarten.id())).containsExactly(links.get(3));
    assertThat(port().linksOfStudentsOf(HULI, world.schoolA.id())).isEmpty();
    assertThat(port().linksOfStudentsOf(XIANGAN, world.schoolHuli.id())).isEmpty();

    // the whole district at once: its students by id, its links by student then guardian; not Huli's
    Student huli = student(world.schoolHuli, null, "湖里学生", NUMBER);
    Guardian huliGuardian = guardian(HULI, "湖里家长", "13612345678");
    port().addStudent(huli);
    port().addGuardian(huliGuardian);
    port().link(new GuardianLink(HULI, huliGuardian.id(), huli.id(), GuardianRelation.FATHER));
    assertThat(port().studentsInDistrict(XIANGAN)).containsExactlyElementsOf(Stream.of(elder, sibling, younger,
        noGuardian).sorted(Comparator.comparing(s -> s.id().value())).toList());
    assertThat(port().linksInDistrict(XIANGAN)).containsExactlyElementsOf(links.stream()
        .sorted(Comparator.comparing((GuardianLink l) -> l.student().value()).thenComparing(l -> l.guardian().value()))
        .toList());
    assertThat(port().studentsInDistrict(HULI)).containsExactly(huli);
    assertThat(port().enrolledPerSchool(XIANGAN)).isEqualTo(Stream.of(elder, sibling, younger, noGuardian)
        .collect(java.util.stream.Collectors.groupingBy(Student::school, java.util.stream.Collectors.counting())));
    assertThat(port().enrolledPerSchool(HULI)).containsExactly(java.util.Map.entry(world.schoolHuli.id(), 1L));
    assertThat(port().linksInDistrict(HULI)).hasSize(1);
  }

  @Test
  void linkingTheSamePairTwiceIsADuplicate() {
    Student student = student(world.schoolA, null, "大宝", NUMBER);
    Guardian mother = guardian(XIANGAN, "妈妈", "13912345678");
    port().addStudent(student);
    port().addGuardian(mother);
    GuardianLink link = new GuardianLink(XIANGAN, mother.id(), student.id(), GuardianRelation.MOTHER);
    port().link(link);

    assertConflict(ConflictException.Kind.DUPLICATE,
        () -> port().link(new GuardianLink(XIANGAN, mother.id(), student.id(), GuardianRelation.OTHER_GUARDIAN)));
    assertThat(port().linksOfStudent(XIANGAN, student.id())).containsExactly(link);
  }

  @Test
  void anotherDistrictsRosterIsNeverReturned() {
    SchoolClass huliClass = schoolClass(world.schoolHuli, 2025, 1, 1);
    Student huliStudent = student(world.schoolHuli, huliClass.id(), "湖里学生", NUMBER);
    Guardian huliGuardian = guardian(HULI, "湖里家长", "13612345678");
    port().addClass(huliClass);
    port().addStudent(huliStudent);
    port().addGuardian(huliGuardian);
    port().link(new GuardianLink(HULI, huliGuardian.id(), huliStudent.id(), GuardianRelation.FATHER));

    assertThat(port().classById(XIANGAN, huliClass.id())).isEmpty();
    assertThat(port().classesOf(XIANGAN, world.schoolHuli.id())).isEmpty();
    assertThat(port().studentById(XIANGAN, huliStudent.id())).isEmpty();
    assertThat(port().studentsOf(XIANGAN, world.schoolHuli.id())).isEmpty();
    assertThat(port().studentByNationalNumber(XIANGAN, NUMBER)).isEmpty();
    assertThat(port().guardianById(XIANGAN, huliGuardian.id())).isEmpty();
    assertThat(port().linksOfGuardian(XIANGAN, huliGuardian.id())).isEmpty();
    assertThat(port().linksOfStudent(XIANGAN, huliStudent.id())).isEmpty();
    assertThat(port().linksOfStudent(HULI, huliStudent.id())).hasSize(1);
  }

  @Test
  void theSameNationalNumberInAnotherDistrictIsNoDuplicate() {
    Student huli = student(world.schoolHuli, null, "湖里学生", NUMBER);
    Student xiangan = student(world.schoolA, null, "翔安学生", NUMBER);
    port().addStudent(huli);
    port().addStudent(xiangan);

    assertSameRecord(port().studentByNationalNumber(XIANGAN, NUMBER).orElseThrow(), xiangan);
    assertSameRecord(port().studentByNationalNumber(HULI, NUMBER).orElseThrow(), huli);
  }
}
