package org.jiaolianti.domain.organization;

import java.util.Collection;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;

/**
 * A school belongs to at most one experimental zone at a time: a new membership may not overlap any
 * membership the school already has (in this or another zone) that is not voided.
 *
 * <p>中文：一所学校同一时间至多属于一个实验区。依据：五(一)1
 */
public final class ZoneMembershipRule {

  public static final String NAME = "SCHOOL_IN_ONE_ZONE_AT_A_TIME";

  private ZoneMembershipRule() {}

  public static Decision canJoin(SchoolId school, DateRange period, Collection<ZoneMembership> existingOfSchool) {
    for (ZoneMembership m : existingOfSchool) {
      if (m.school().equals(school) && !m.isVoided() && m.period().overlaps(period)) {
        return Decision.rejected(NAME,
            Bilingual.of("该校在 " + m.period() + " 期间已是另一实验区（或本实验区）的成员，同一时间只能属于一个实验区",
                "the school is already a zone member for " + m.period() + "; a school is in at most one zone at a time"),
            ClauseRef.of("五(一)1"));
      }
    }
    return Decision.allowed();
  }
}
