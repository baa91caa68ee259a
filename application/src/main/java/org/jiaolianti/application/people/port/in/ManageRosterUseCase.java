package org.jiaolianti.application.people.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;

/**
 * Classes, students and guardians, and who is whose guardian: what later issues use to reach families
 * and to decide access. Minors' personal information: validated here, shown masked by adapters.
 */
public interface ManageRosterUseCase {

  SchoolClass registerClass(RegisterClassCommand command);

  Student enrol(EnrolStudentCommand command);

  Guardian registerGuardian(RegisterGuardianCommand command);

  GuardianLink link(LinkGuardianCommand command);

  /** A class of a school in a school year. */
  record RegisterClassCommand(
      @DistrictKey String district,
      @RecordId String schoolId,
      @Min(2000) @Max(2100) int schoolYear,
      @Min(1) @Max(12) int grade,
      @Min(1) @Max(99) int number) {}

  /** Enrols a student; the national student number may be omitted only in a kindergarten. */
  record EnrolStudentCommand(
      @DistrictKey String district,
      @RecordId String schoolId,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String classId,
      @NotBlank @Size(max = 50) String name,
      @NotNull Gender gender,
      @NotNull @Past LocalDate birthDate,
      @Pattern(regexp = "[GJL][0-9]{17}[0-9X]", message = "{jiaolianti.nationalNumber}") String nationalNumber) {}

  /** Registers a guardian with a mainland mobile number. */
  record RegisterGuardianCommand(
      @DistrictKey String district,
      @NotBlank @Size(max = 50) String name,
      @NotNull @Pattern(regexp = "1[3-9][0-9]{9}", message = "{jiaolianti.mobile}") String mobile) {}

  /** Links a guardian to a student. */
  record LinkGuardianCommand(
      @DistrictKey String district,
      @RecordId String guardianId,
      @RecordId String studentId,
      @NotNull GuardianRelation relation) {}
}
