package org.jiaolianti.domain.homeschool;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.SchoolClass;

/**
 * The audience of a notice: a school, a grade of a school, a class, a hand-picked set of guardians
 * (of children in one school), or the whole district.
 *
 * <p>中文：通知对象。
 *
 * @param school the school (null only for {@link AudienceKind#DISTRICT})
 * @param grade 1–12 for {@link AudienceKind#GRADE}, else null
 * @param schoolClass the class for {@link AudienceKind#CLASS}, else null
 * @param guardians the guardians for {@link AudienceKind#GUARDIANS} (1..), else empty
 */
public record Audience(AudienceKind kind, SchoolId school, Integer grade, ClassId schoolClass,
    Set<GuardianId> guardians) {

  public Audience {
    requireNonNull(kind, "kind");
    guardians = ImmutableSortedSet.copyOf(Comparator.comparing(GuardianId::value),
        guardians == null ? Set.of() : guardians);
    checkArgument((school == null) == (kind == AudienceKind.DISTRICT), "a %s audience %s a school", kind,
        kind == AudienceKind.DISTRICT ? "names no" : "names");
    checkArgument((grade != null) == (kind == AudienceKind.GRADE), "only a GRADE audience names a grade");
    checkArgument(grade == null || (grade >= 1 && grade <= 12), "grade must be 1-12, was %s", grade);
    checkArgument((schoolClass != null) == (kind == AudienceKind.CLASS), "only a CLASS audience names a class");
    checkArgument(guardians.isEmpty() != (kind == AudienceKind.GUARDIANS),
        "only a GUARDIANS audience names guardians, at least one");
  }

  public static Audience district() {
    return new Audience(AudienceKind.DISTRICT, null, null, null, Set.of());
  }

  public static Audience school(SchoolId school) {
    return new Audience(AudienceKind.SCHOOL, school, null, null, Set.of());
  }

  public static Audience grade(SchoolId school, int grade) {
    return new Audience(AudienceKind.GRADE, school, grade, null, Set.of());
  }

  public static Audience schoolClass(SchoolId school, ClassId schoolClass) {
    return new Audience(AudienceKind.CLASS, school, null, schoolClass, Set.of());
  }

  public static Audience guardians(SchoolId school, Set<GuardianId> guardians) {
    return new Audience(AudienceKind.GUARDIANS, school, null, null, guardians);
  }

  /**
   * Whether this audience reaches every guardian of {@code c} as a class (for the daily cap per class): a
   * notice to the class, its grade or its school does; a hand-picked or district-wide one is not counted.
   */
  public boolean reachesClass(SchoolClass c) {
    return switch (kind) {
      case CLASS -> c.id().equals(schoolClass);
      case GRADE -> c.school().equals(school) && c.grade() == grade;
      case SCHOOL -> c.school().equals(school);
      case GUARDIANS, DISTRICT -> false;
    };
  }

  public Optional<SchoolId> optionalSchool() {
    return Optional.ofNullable(school);
  }

  public Optional<ClassId> optionalClass() {
    return Optional.ofNullable(schoolClass);
  }
}
