package org.jiaolianti.application.people;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.School;
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
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DistrictCode;

/** Registers classes, students, guardians and guardian–student links. */
public final class RosterService implements ManageRosterUseCase {

  private final Roster roster;
  private final Schools schools;
  private final Transactions tx;
  private final CommandValidator validator;

  public RosterService(Roster roster, Schools schools, Transactions tx, CommandValidator validator) {
    this.roster = requireNonNull(roster);
    this.schools = requireNonNull(schools);
    this.tx = requireNonNull(tx);
    this.validator = requireNonNull(validator);
  }

  @Override
  public SchoolClass registerClass(RegisterClassCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      School school = school(district, command.schoolId());
      boolean exists = roster.classesOf(district, school.id()).stream().anyMatch(c -> c.schoolYear() == command.schoolYear()
          && c.grade() == command.grade() && c.number() == command.number());
      if (exists) {
        throw ConflictException.duplicate("class", command.schoolYear() + "/" + command.grade() + "/" + command.number());
      }
      SchoolClass schoolClass = new SchoolClass(ClassId.newId(), district, school.id(), command.schoolYear(),
          command.grade(), command.number(), 0);
      roster.addClass(schoolClass);
      return schoolClass;
    });
  }

  @Override
  public Student enrol(EnrolStudentCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      School school = school(district, command.schoolId());
      if (command.nationalNumber() == null && school.type() != SchoolType.KINDERGARTEN) {
        throw InvalidInputException.of("nationalNumber", "NotNull", "非幼儿园学生须填写全国学籍号",
            "a national student number is required outside kindergartens");
      }
      ClassId classId = null;
      if (command.classId() != null) {
        classId = ClassId.of(command.classId());
        SchoolClass c = roster.classById(district, classId).orElseThrow(() -> new NotFoundException("class", command.classId()));
        if (!c.school().equals(school.id())) {
          throw InvalidInputException.of("classId", "ClassOfSchool", "该班级不属于此学校", "the class belongs to another school");
        }
      }
      NationalStudentNumber number = command.nationalNumber() == null ? null : NationalStudentNumber.of(command.nationalNumber());
      if (number != null && roster.studentByNationalNumber(district, number).isPresent()) {
        throw ConflictException.duplicate("nationalNumber", number.masked());
      }
      Student student = Student.enrol(StudentId.newId(), district, school.id(), school.type(), classId,
          command.name().strip(), command.gender(), command.birthDate(), number);
      roster.addStudent(student);
      return student;
    });
  }

  @Override
  public Guardian registerGuardian(RegisterGuardianCommand command) {
    validator.validate(command);
    Guardian guardian = new Guardian(GuardianId.newId(), DistrictCode.of(command.district()), command.name().strip(),
        MobileNumber.of(command.mobile()), 0);
    tx.run(() -> roster.addGuardian(guardian));
    return guardian;
  }

  @Override
  public GuardianLink link(LinkGuardianCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      GuardianId guardian = GuardianId.of(command.guardianId());
      StudentId student = StudentId.of(command.studentId());
      roster.guardianById(district, guardian).orElseThrow(() -> new NotFoundException("guardian", guardian));
      roster.studentById(district, student).orElseThrow(() -> new NotFoundException("student", student));
      if (roster.linksOfGuardian(district, guardian).stream().anyMatch(l -> l.student().equals(student))) {
        throw ConflictException.duplicate("studentId", student);
      }
      GuardianLink link = new GuardianLink(district, guardian, student, command.relation());
      roster.link(link);
      return link;
    });
  }

  private School school(DistrictCode district, String id) {
    return schools.byId(district, SchoolId.of(id)).orElseThrow(() -> new NotFoundException("school", id));
  }
}
