package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A school (N of 1+1+N): the implementing body, in one town/street, open from a date and possibly
 * closed on a later one.
 *
 * <p>中文：学校（实施主体）。依据：五(一)1、三(三)
 *
 * @param code the national school identifier 学校标识码 (ten digits), a natural key, not an id
 * @param closedOn the first day the school is no longer open, if it closed
 */
public record School(
    SchoolId id,
    DistrictCode district,
    String code,
    String name,
    SchoolType type,
    TownCode town,
    LocalDate openedOn,
    LocalDate closedOn,
    long version) {

  public School {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    checkArgument(code != null && code.matches("[0-9]{10}"), "school code (学校标识码) must be ten digits, was '%s'", code);
    checkArgument(name != null && !name.isBlank() && name.length() <= 100, "school name must be 1-100 characters");
    requireNonNull(type, "type");
    requireNonNull(town, "town");
    requireNonNull(openedOn, "openedOn");
    checkArgument(closedOn == null || closedOn.isAfter(openedOn), "school %s closes on %s, not after it opened on %s", name, closedOn, openedOn);
    checkArgument(town.value().startsWith(district.value()), "school %s: town %s is not in district %s", name, town, district);
  }

  public static School register(SchoolId id, DistrictCode district, String code, String name, SchoolType type, TownCode town, LocalDate openedOn) {
    return new School(id, district, code, name, type, town, openedOn, null, 0);
  }

  public boolean isOpenOn(LocalDate date) {
    return !date.isBefore(openedOn) && (closedOn == null || date.isBefore(closedOn));
  }

  public Optional<LocalDate> optionalClosedOn() {
    return Optional.ofNullable(closedOn);
  }

  public School closedOn(LocalDate date) {
    return new School(id, district, code, name, type, town, openedOn, date, version);
  }
}
