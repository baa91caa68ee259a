package org.jiaolianti.application.homevisit.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.homevisit.HomeVisit;
import org.jiaolianti.domain.homevisit.HomeVisitId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Recorded home visits; the note arrives sealed (encrypted) and is stored as given. Lists are newest visit first
 * (visit date, then record time, then id, all descending).
 */
public interface HomeVisits {

  /** @throws org.jiaolianti.application.shared.ConflictException if the id is taken */
  void add(HomeVisit visit);

  Optional<HomeVisit> byId(DistrictCode district, HomeVisitId id);

  List<HomeVisit> ofStudent(DistrictCode district, StudentId student);

  List<HomeVisit> ofSchool(DistrictCode district, SchoolId school);
}
