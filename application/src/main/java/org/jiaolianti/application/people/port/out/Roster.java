package org.jiaolianti.application.people.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.NationalStudentNumber;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Classes, students, guardians and guardian–student links of each district (minors' personal information). */
public interface Roster {

  /** Adds a class; the same school, school year, grade and number twice is a duplicate conflict. */
  void addClass(SchoolClass schoolClass);

  Optional<SchoolClass> classById(DistrictCode district, ClassId id);

  List<SchoolClass> classesOf(DistrictCode district, SchoolId school);

  /** Adds a student; a national student number already present in the district is a duplicate conflict. */
  void addStudent(Student student);

  Optional<Student> studentById(DistrictCode district, StudentId id);

  /**
   * The student a caller names by id: a malformed or unknown id, or one of another district, is the same 404, so
   * that ids cannot be probed.
   */
  default Student requireStudent(DistrictCode district, String studentId) {
    StudentId id;
    try {
      id = StudentId.of(studentId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new org.jiaolianti.application.shared.NotFoundException("student", studentId);
    }
    return studentById(district, id)
        .orElseThrow(() -> new org.jiaolianti.application.shared.NotFoundException("student", studentId));
  }

  Optional<Student> studentByNationalNumber(DistrictCode district, NationalStudentNumber number);

  List<Student> studentsOf(DistrictCode district, SchoolId school);

  void addGuardian(Guardian guardian);

  Optional<Guardian> guardianById(DistrictCode district, GuardianId id);

  /**
   * The district's guardians with this mobile number, ordered by id (a number is not unique by
   * constraint: two guardians registered one by one may share it). The roster import finds a guardian by it.
   */
  List<Guardian> guardiansWithMobile(DistrictCode district, MobileNumber mobile);

  /** Links a guardian to a student; linking the same pair twice is a duplicate conflict. */
  void link(GuardianLink link);

  List<GuardianLink> linksOfGuardian(DistrictCode district, GuardianId guardian);

  /** The students a guardian is linked to, in the order of {@link #linksOfGuardian}. */
  default java.util.Set<StudentId> childrenOf(DistrictCode district, GuardianId guardian) {
    java.util.Set<StudentId> children = new java.util.LinkedHashSet<>();
    linksOfGuardian(district, guardian).forEach(l -> children.add(l.student()));
    return children;
  }

  List<GuardianLink> linksOfStudent(DistrictCode district, StudentId student);

  /**
   * Every student of the district, in bulk (one query in a database adapter), ordered by id: a notice to the
   * whole district reads its audience with this.
   */
  List<Student> studentsInDistrict(DistrictCode district);

  /**
   * How many students each school of the district has (schools without any are absent): a report's enrolment
   * without reading every student (a database adapter counts with one GROUP BY).
   */
  default java.util.Map<org.jiaolianti.domain.organization.SchoolId, Long> enrolledPerSchool(
      DistrictCode district) {
    java.util.Map<org.jiaolianti.domain.organization.SchoolId, Long> counts = new java.util.HashMap<>();
    for (Student s : studentsInDistrict(district)) {
      counts.merge(s.school(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Every guardian link of the district, in bulk (one query in a database adapter), ordered by student id,
   * then guardian id.
   */
  List<GuardianLink> linksInDistrict(DistrictCode district);

  /**
   * The links of every student of {@code school}, in bulk (one query in a database adapter, not one per
   * student), ordered by student id, then guardian id: a notice to a school, a grade or a class resolves its
   * guardians with this. The default asks {@link #linksOfStudent} per student; adapters override it.
   */
  default List<GuardianLink> linksOfStudentsOf(DistrictCode district, SchoolId school) {
    return studentsOf(district, school).stream().sorted(Comparator.comparing(s -> s.id().value()))
        .flatMap(s -> linksOfStudent(district, s.id()).stream()).toList();
  }
}
