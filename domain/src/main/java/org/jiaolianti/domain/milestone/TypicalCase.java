package org.jiaolianti.domain.milestone;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/**
 * A selected typical case (典型案例): its own record from the start, counted toward the typical-case
 * milestone from the date it was selected. It came from a school or a unit (exactly one).
 *
 * <p>中文：典型案例。依据：二、五(一)5
 */
public record TypicalCase(
    TypicalCaseId id,
    DistrictCode district,
    String title,
    TypicalCaseKind kind,
    Set<Collaboration> collaborations,
    SchoolId fromSchool,
    UnitCode fromUnit,
    LocalDate selectedOn,
    Voiding voiding,
    long version) {

  public TypicalCase {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    checkArgument(title != null && !title.isBlank() && title.length() <= 200, "case title must be 1-200 characters");
    requireNonNull(kind, "kind");
    checkArgument(collaborations != null && !collaborations.isEmpty(), "a typical case serves at least one collaboration");
    collaborations = Sets.immutableEnumSet(collaborations);
    checkArgument((fromSchool == null) != (fromUnit == null), "a typical case comes from a school or from a unit (exactly one)");
    requireNonNull(selectedOn, "selectedOn");
  }

  public boolean countsOn(LocalDate date) {
    return voiding == null && !selectedOn.isAfter(date);
  }

  public Optional<SchoolId> optionalSchool() {
    return Optional.ofNullable(fromSchool);
  }

  public Optional<UnitCode> optionalUnit() {
    return Optional.ofNullable(fromUnit);
  }

  public TypicalCase voided(Voiding v) {
    checkArgument(voiding == null, "case %s is already voided", id);
    return new TypicalCase(id, district, title, kind, collaborations, fromSchool, fromUnit, selectedOn, requireNonNull(v), version);
  }
}
