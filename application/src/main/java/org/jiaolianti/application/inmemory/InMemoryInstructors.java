package org.jiaolianti.application.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jiaolianti.application.instructor.port.out.Instructors;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.instructor.DeliveredService;
import org.jiaolianti.domain.instructor.Instructor;
import org.jiaolianti.domain.instructor.InstructorId;
import org.jiaolianti.domain.instructor.ServiceTotal;
import org.jiaolianti.domain.shared.DistrictCode;

/** The instructor port in memory. */
public final class InMemoryInstructors implements Instructors {

  private static final Comparator<Instructor> ORDER =
      Comparator.comparing(Instructor::registeredAt).thenComparing(i -> i.id().value());
  private static final Comparator<DeliveredService> SERVICE_ORDER =
      Comparator.comparing(DeliveredService::loggedAt).thenComparing(DeliveredService::id);

  private final VersionedStore<Instructor> store = new VersionedStore<>("instructor",
      i -> VersionedStore.key(i.district(), i.id()), Instructor::version,
      (i, v) -> new Instructor(i.id(), i.district(), i.name(), i.tier(), i.school(), i.partner(), i.specialties(),
          i.user(), i.registeredBy(), i.registeredAt(), i.retiredAt(), i.retiredBy(), i.retireReason(), v));
  private final List<DeliveredService> services = new ArrayList<>();

  @Override
  public void add(Instructor instructor) {
    store.add(instructor);
  }

  @Override
  public Optional<Instructor> byId(DistrictCode district, InstructorId id) {
    return store.get(district, id);
  }

  @Override
  public List<Instructor> ofDistrict(DistrictCode district) {
    return store.find(i -> i.district().equals(district), ORDER);
  }

  @Override
  public synchronized Instructor update(Instructor instructor) {
    store.get(instructor.district(), instructor.id())
        .orElseThrow(() -> new NotFoundException("instructor", instructor.id()));
    return store.update(instructor);
  }

  @Override
  public synchronized void addService(DeliveredService s) {
    if (services.stream().anyMatch(x -> x.district().equals(s.district()) && x.id().equals(s.id()))) {
      throw ConflictException.duplicate("id", s.id());
    }
    services.add(s);
  }

  @Override
  public synchronized List<DeliveredService> services(DistrictCode district, InstructorId instructor) {
    return services.stream().filter(s -> s.district().equals(district) && s.instructor().equals(instructor))
        .sorted(SERVICE_ORDER).toList();
  }

  @Override
  public synchronized List<ServiceTotal> serviceTotals(DistrictCode district, LocalDate from, LocalDate to) {
    Map<String, ServiceTotal> totals = new TreeMap<>();
    for (DeliveredService s : services) {
      if (!s.district().equals(district) || s.school() == null || s.on().isBefore(from) || s.on().isAfter(to)) {
        continue;
      }
      String key = s.school().value() + "\u0000" + s.kind().ordinal();
      ServiceTotal t = totals.get(key);
      totals.put(key, t == null ? new ServiceTotal(s.school(), s.kind(), 1, s.hours(), s.audience())
          : new ServiceTotal(s.school(), s.kind(), t.services() + 1, t.hours().add(s.hours()),
              t.audience() + s.audience()));
    }
    return totals.values().stream().map(t -> new ServiceTotal(t.school(), t.kind(), t.services(),
        t.hours().setScale(1, java.math.RoundingMode.UNNECESSARY), t.audience())).toList();
  }

}
