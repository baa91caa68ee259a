package org.jiaolianti.domain.mentalhealth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;

/**
 * Health vice-principals (三(二)5): the same person is not appointed twice to a school for overlapping dates; the
 * report of the schools without one on a date.
 *
 * <p>中文：健康副校长规则与未配备学校统计。依据：三(二)5
 */
public final class HealthVicePrincipalRules {

  /** 三(二)5: 区卫健局……支持医务人员担任中小学校健康副校长。 */
  public static final ClauseRef CLAUSE = ClauseRef.of("三(二)5");

  private HealthVicePrincipalRules() {}

  public static Decision mayAppoint(Collection<HealthVicePrincipal> ofSchool, SchoolId school, String name,
      DateRange period) {
    boolean overlap = ofSchool.stream().anyMatch(h -> h.school().equals(school) && h.name().equals(name)
        && h.period().overlaps(period));
    if (overlap) {
      return Decision.rejected("HEALTH_VICE_PRINCIPAL_OVERLAP", Bilingual.of("该人员在此期间已担任该校健康副校长",
          "this person already serves as the school's health vice-principal in that period"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** The schools of {@code schools} (in their order) without a health vice-principal serving on {@code date}. */
  public static List<SchoolId> schoolsWithout(Collection<SchoolId> schools,
      Collection<HealthVicePrincipal> appointments, LocalDate date) {
    Set<SchoolId> served = appointments.stream().filter(h -> h.servesOn(date)).map(HealthVicePrincipal::school)
        .collect(Collectors.toSet());
    return schools.stream().filter(s -> !served.contains(s)).toList();
  }
}
