package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jiaolianti.application.homevisit.port.out.HomeVisits;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.homevisit.HomeVisit;
import org.jiaolianti.domain.homevisit.HomeVisitId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Home visits in memory (the note as sealed by the application). */
public final class InMemoryHomeVisits implements HomeVisits {

  static final Comparator<HomeVisit> NEWEST_FIRST = Comparator.comparing(HomeVisit::visitedOn)
      .thenComparing(HomeVisit::recordedAt).thenComparing(v -> v.id().value()).reversed();
  private final Map<String, HomeVisit> visits = new LinkedHashMap<>();

  private static String key(DistrictCode district, HomeVisitId id) {
    return district.value() + "/" + id.value();
  }

  @Override
  public synchronized void add(HomeVisit visit) {
    if (visits.putIfAbsent(key(visit.district(), visit.id()), visit) != null) {
      throw ConflictException.duplicate("id", visit.id().value());
    }
  }

  @Override
  public synchronized Optional<HomeVisit> byId(DistrictCode district, HomeVisitId id) {
    return Optional.ofNullable(visits.get(key(district, id)));
  }

  @Override
  public List<HomeVisit> ofStudent(DistrictCode district, StudentId student) {
    return find(v -> v.district().equals(district) && v.student().equals(student));
  }

  @Override
  public List<HomeVisit> ofSchool(DistrictCode district, SchoolId school) {
    return find(v -> v.district().equals(district) && v.school().equals(school));
  }

  private synchronized List<HomeVisit> find(Predicate<HomeVisit> p) {
    return visits.values().stream().filter(p).sorted(NEWEST_FIRST).toList();
  }
}
