package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A student: a minor's personal information (sensitive under PIPL for children under 14). The
 * national student number is required except for kindergarten children, who may have none.
 *
 * <p>中文：学生。
 */
public record Student(
    StudentId id,
    DistrictCode district,
    SchoolId school,
    ClassId schoolClass,
    String name,
    Gender gender,
    LocalDate birthDate,
    NationalStudentNumber nationalNumber,
    long version) {

  public Student {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    checkArgument(name != null && !name.isBlank() && name.length() <= 50, "student name must be 1-50 characters");
    requireNonNull(gender, "gender");
    requireNonNull(birthDate, "birthDate");
  }

  /** Enrols a student of a school of {@code schoolType}: only kindergartens may omit the national number. */
  public static Student enrol(StudentId id, DistrictCode district, SchoolId school, SchoolType schoolType, ClassId schoolClass,
      String name, Gender gender, LocalDate birthDate, NationalStudentNumber nationalNumber) {
    checkArgument(nationalNumber != null || schoolType == SchoolType.KINDERGARTEN,
        "a student of a %s school needs a national student number", schoolType);
    return new Student(id, district, school, schoolClass, name, gender, birthDate, nationalNumber, 0);
  }

  public Optional<NationalStudentNumber> optionalNationalNumber() {
    return Optional.ofNullable(nationalNumber);
  }

  public Optional<ClassId> optionalClass() {
    return Optional.ofNullable(schoolClass);
  }

  /** Age in whole years on {@code date}. Under 14: represented by guardians (PIPL). */
  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** Name masked for lists that do not need it in full: 张*明. */
  public String maskedName() {
    // By code point, so that a rare character outside the BMP (e.g. 𠮷) is kept or masked whole.
    int[] chars = name.codePoints().toArray();
    if (chars.length <= 1) {
      return "*";
    }
    String first = new String(chars, 0, 1);
    if (chars.length == 2) {
      return first + "*";
    }
    return first + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
  }

  @Override
  public String toString() {
    return "Student[" + id + ", " + maskedName() + "]";
  }
}
