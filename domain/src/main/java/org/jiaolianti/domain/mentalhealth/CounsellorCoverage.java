package org.jiaolianti.domain.mentalhealth;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.domain.organization.SchoolId;

/**
 * The counsellor team's coverage on a date (五(二)3): schools with a full-time mental-health teacher, with only
 * part-time ones, and without any; {@code share} = (full + part-time-only) / schools, rounded half-up to 4 places
 * (0 for no schools), against the seed target (default 0.95 — the national action plan's target, not in this policy
 * text). Schools keep the order they were given in.
 *
 * <p>中文：心理健康教师配备率（专职、兼职、未配备）。依据：五(二)3（目标值为本地设置）
 */
public record CounsellorCoverage(LocalDate on, List<SchoolId> withFullTime, List<SchoolId> withPartTimeOnly,
    List<SchoolId> without, BigDecimal share, BigDecimal target) {

  public CounsellorCoverage {
    requireNonNull(on, "on");
    withFullTime = List.copyOf(withFullTime);
    withPartTimeOnly = List.copyOf(withPartTimeOnly);
    without = List.copyOf(without);
    requireNonNull(share, "share");
    requireNonNull(target, "target");
  }

  public static CounsellorCoverage compute(Collection<SchoolId> schools, Collection<CounsellorPost> posts,
      LocalDate on, MentalHealthSettings settings) {
    Set<SchoolId> full = posts.stream().filter(p -> p.activeOn(on) && p.kind() == PostKind.FULL_TIME)
        .map(CounsellorPost::school).collect(Collectors.toSet());
    Set<SchoolId> any = posts.stream().filter(p -> p.activeOn(on)).map(CounsellorPost::school)
        .collect(Collectors.toSet());
    List<SchoolId> f = schools.stream().filter(full::contains).toList();
    List<SchoolId> p = schools.stream().filter(s -> any.contains(s) && !full.contains(s)).toList();
    List<SchoolId> none = schools.stream().filter(s -> !any.contains(s)).toList();
    BigDecimal share = schools.isEmpty() ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(f.size() + p.size()).divide(BigDecimal.valueOf(schools.size()), 4, RoundingMode.HALF_UP);
    return new CounsellorCoverage(on, f, p, none, share, settings.counsellorCoverageTarget());
  }

  public int schools() {
    return withFullTime.size() + withPartTimeOnly.size() + without.size();
  }

  public int covered() {
    return withFullTime.size() + withPartTimeOnly.size();
  }

  /** Whether the share reaches the target (never with no schools). */
  public boolean met() {
    return schools() > 0 && share.compareTo(target) >= 0;
  }
}
