package org.jiaolianti.domain.people;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A guardian's link to a student, with the relation; the source of the guardian-of scope.
 *
 * <p>中文：监护关系。
 */
public record GuardianLink(DistrictCode district, GuardianId guardian, StudentId student, GuardianRelation relation) {
  public GuardianLink {
    requireNonNull(district, "district");
    requireNonNull(guardian, "guardian");
    requireNonNull(student, "student");
    requireNonNull(relation, "relation");
  }
}
