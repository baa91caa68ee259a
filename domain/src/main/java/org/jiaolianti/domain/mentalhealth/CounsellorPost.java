package org.jiaolianti.domain.mentalhealth;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A counsellor's (心理健康教师) post at a school, full- or part-time, for a period; {@code lead} marks the school's
 * mental-health lead, to whom overdue follow-ups and break-glass starts are flagged (one per school at a time).
 *
 * <p>中文：心理健康教师岗位（专职/兼职，可为学校心理健康负责人）。依据：五(二)3
 */
public record CounsellorPost(CounsellorPostId id, DistrictCode district, SchoolId school, UserId counsellor,
    PostKind kind, boolean lead, DateRange period, long version) {

  public CounsellorPost {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(counsellor, "counsellor");
    requireNonNull(kind, "kind");
    requireNonNull(period, "period");
    Preconditions.checkArgument(version >= 0, "version must be >= 0");
  }

  public static CounsellorPost create(CounsellorPostId id, DistrictCode district, SchoolId school, UserId counsellor,
      PostKind kind, boolean lead, DateRange period) {
    return new CounsellorPost(id, district, school, counsellor, kind, lead, period, 0);
  }

  public CounsellorPost endingOn(LocalDate lastDay) {
    return new CounsellorPost(id, district, school, counsellor, kind, lead, period.endingOn(lastDay), version);
  }

  public boolean activeOn(LocalDate date) {
    return period.contains(date);
  }
}
