package org.jiaolianti.domain.people;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A class (班级) of a school in a school year: grade and number.
 *
 * <p>中文：班级。
 *
 * @param schoolYear the year the school year starts (2025 = 2025–2026 学年)
 * @param grade 1–12 (幼儿园: 1–3 for 小/中/大班)
 * @param number the class number within the grade
 */
public record SchoolClass(ClassId id, DistrictCode district, SchoolId school, int schoolYear, int grade, int number, long version) {
  public SchoolClass {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    checkArgument(schoolYear >= 2000 && schoolYear <= 2100, "school year %s out of range", schoolYear);
    checkArgument(grade >= 1 && grade <= 12, "grade must be 1-12, was %s", grade);
    checkArgument(number >= 1 && number <= 99, "class number must be 1-99, was %s", number);
  }
}
