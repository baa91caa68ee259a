package org.jiaolianti.domain.mentalhealth;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A screening campaign (心理普测) of one school in one term with one scale, open from {@code opensOn} to
 * {@code closesOn} (inclusive). How often students are screened is a seed setting (every student every school year:
 * Xiamen practice, not in the text).
 *
 * <p>中文：心理普测批次（学校、学期、量表、时间窗口）。依据：五(二)2
 */
public record ScreeningCampaign(ScreeningCampaignId id, DistrictCode district, SchoolId school, Term term,
    String scale, LocalDate opensOn, LocalDate closesOn, UserId createdBy, Instant createdAt, long version) {

  public ScreeningCampaign {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(term, "term");
    requireNonNull(scale, "scale");
    requireNonNull(opensOn, "opensOn");
    requireNonNull(closesOn, "closesOn");
    checkArgument(!closesOn.isBefore(opensOn), "a campaign closes on or after it opens");
    requireNonNull(createdBy, "createdBy");
    requireNonNull(createdAt, "createdAt");
    checkArgument(version >= 0, "version must be >= 0");
  }

  public static ScreeningCampaign create(ScreeningCampaignId id, DistrictCode district, SchoolId school, Term term,
      String scale, LocalDate opensOn, LocalDate closesOn, UserId by, Instant at) {
    return new ScreeningCampaign(id, district, school, term, scale, opensOn, closesOn, by, at, 0);
  }

  public boolean openOn(LocalDate day) {
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }
}
