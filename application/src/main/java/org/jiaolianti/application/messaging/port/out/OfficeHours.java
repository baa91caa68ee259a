package org.jiaolianti.application.messaging.port.out;

import java.util.List;
import org.jiaolianti.domain.messaging.OfficeHour;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Teachers' weekly office-hour slots. Lists are ordered by day, start time, then id. */
public interface OfficeHours {

  /** Replaces every slot of {@code teacher} with {@code slots} (all of that teacher; none clears them). */
  void replace(DistrictCode district, UserId teacher, List<OfficeHour> slots);

  List<OfficeHour> ofTeacher(DistrictCode district, UserId teacher);

  List<OfficeHour> ofSchool(DistrictCode district, SchoolId school);
}
