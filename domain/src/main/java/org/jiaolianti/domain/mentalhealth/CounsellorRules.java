package org.jiaolianti.domain.mentalhealth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;

/**
 * The counsellor team (五(二)3 "重视心理健康教师队伍建设"): one mental-health lead per school at a time; a counsellor
 * holds one post per school at a time; training hours summed per counsellor and period.
 *
 * <p>中文：心理健康教师队伍规则。依据：五(二)3
 */
public final class CounsellorRules {

  /** 五(二)3: 专业赋能，重视心理健康教师队伍建设。 */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(二)3");

  private CounsellorRules() {}

  public static Decision mayCreatePost(Collection<CounsellorPost> ofSchool, SchoolId school, UserId counsellor,
      boolean lead, DateRange period) {
    boolean same = ofSchool.stream().anyMatch(p -> p.school().equals(school) && p.counsellor().equals(counsellor)
        && p.period().overlaps(period));
    if (same) {
      return Decision.rejected("COUNSELLOR_POST_OVERLAP", Bilingual.of("该教师在此期间已在该校任职",
          "the counsellor already holds a post at this school in that period"), CLAUSE);
    }
    boolean leadTaken = lead && ofSchool.stream().anyMatch(p -> p.school().equals(school) && p.lead()
        && p.period().overlaps(period));
    if (leadTaken) {
      return Decision.rejected("COUNSELLOR_ONE_LEAD_PER_SCHOOL", Bilingual.of("该校在此期间已有心理健康负责人",
          "the school already has a mental-health lead in that period"), CLAUSE);
    }
    return Decision.allowed();
  }

  /** The hours of {@code counsellor}'s training from {@code from} to {@code to} (inclusive). */
  public static BigDecimal trainingHours(Collection<TrainingRecord> records, UserId counsellor, LocalDate from,
      LocalDate to) {
    return records.stream()
        .filter(r -> r.counsellor().equals(counsellor) && !r.on().isBefore(from) && !r.on().isAfter(to))
        .map(TrainingRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
