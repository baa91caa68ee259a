package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The appointment of a medical professional as a school's health vice-principal (健康副校长, 三(二)5 "支持医务人员担任
 * 中小学校健康副校长"): name, their institution (a partner), optional professional title, and the dates served.
 *
 * <p>中文：健康副校长聘任。依据：三(二)5
 */
public record HealthVicePrincipal(HealthVicePrincipalId id, DistrictCode district, SchoolId school, String name,
    PartnerId institution, String professionalTitle, DateRange period, UserId recordedBy, Instant recordedAt,
    long version) {

  public static final int MAX_NAME = 50;

  public HealthVicePrincipal {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    checkArgument(name != null && !name.isBlank() && name.length() <= MAX_NAME, "name must be 1-%s characters",
        MAX_NAME);
    requireNonNull(institution, "institution");
    checkArgument(professionalTitle == null || (!professionalTitle.isBlank() && professionalTitle.length() <= 100),
        "professional title must be 1-100 characters");
    requireNonNull(period, "period");
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(recordedAt, "recordedAt");
    checkArgument(version >= 0, "version must be >= 0");
  }

  public static HealthVicePrincipal appoint(HealthVicePrincipalId id, DistrictCode district, SchoolId school,
      String name, PartnerId institution, String professionalTitle, DateRange period, UserId by, Instant at) {
    return new HealthVicePrincipal(id, district, school, name, institution, professionalTitle, period, by, at, 0);
  }

  public HealthVicePrincipal endingOn(LocalDate lastDay) {
    return new HealthVicePrincipal(id, district, school, name, institution, professionalTitle,
        period.endingOn(lastDay), recordedBy, recordedAt, version);
  }

  public boolean servesOn(LocalDate date) {
    return period.contains(date);
  }
}
