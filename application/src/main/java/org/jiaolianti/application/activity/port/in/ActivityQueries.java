package org.jiaolianti.application.activity.port.in;

import java.util.List;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.shared.DistrictCode;

/** Reads activities and registrations. Callers filter by access (the resources ask AccessControl). */
public interface ActivityQueries {

  /** Every activity of the district, by registration opening, then id. */
  List<Activity> activities(DistrictCode district);

  /**
   * One activity.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the district has none with that id (a
   *     malformed id included)
   */
  Activity activity(DistrictCode district, String id);

  /** The activity's registrations by queue position. */
  List<Registration> registrations(DistrictCode district, String activityId);

  /**
   * One registration of the activity.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the activity has none with that id
   */
  Registration registration(DistrictCode district, String activityId, String registrationId);

  /**
   * The student (for access decisions on their registrations).
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the district has no such student
   */
  Student student(DistrictCode district, String studentId);
}
