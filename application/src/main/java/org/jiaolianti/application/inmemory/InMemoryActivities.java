package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.ActivityId;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationId;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Activities and registrations in memory; every method is atomic (one monitor). */
public final class InMemoryActivities implements Activities {

  private final VersionedStore<Activity> activities = new VersionedStore<>("activity",
      a -> VersionedStore.key(a.district(), a.id()), Activity::version, Activity::withVersion);
  private final VersionedStore<Registration> registrations = new VersionedStore<>("registration",
      r -> VersionedStore.key(r.district(), r.id()), Registration::version, Registration::withVersion);

  @Override
  public synchronized void add(Activity activity) {
    activities.add(activity);
  }

  @Override
  public synchronized Activity update(Activity activity) {
    return activities.update(activity);
  }

  @Override
  public synchronized Optional<Activity> byId(DistrictCode district, ActivityId id) {
    return activities.get(district, id);
  }

  @Override
  public Optional<Activity> lockById(DistrictCode district, ActivityId id) {
    return byId(district, id); // in memory, use cases run one at a time (SerialTransactions)
  }

  @Override
  public synchronized List<Activity> all(DistrictCode district) {
    return activities.find(a -> a.district().equals(district),
        Comparator.comparing(Activity::opensAt).thenComparing(a -> a.id().value()));
  }

  @Override
  public synchronized boolean claimPlace(DistrictCode district, ActivityId id) {
    Optional<Activity> a = activities.get(district, id);
    if (a.isEmpty() || a.get().confirmed() >= a.get().capacity()) {
      return false;
    }
    activities.replace(a.get().withConfirmed(a.get().confirmed() + 1));
    return true;
  }

  @Override
  public synchronized void releasePlace(DistrictCode district, ActivityId id) {
    activities.get(district, id).filter(a -> a.confirmed() > 0)
        .ifPresent(a -> activities.replace(a.withConfirmed(a.confirmed() - 1)));
  }

  @Override
  public synchronized void addRegistration(Registration registration) {
    if (registrationOf(registration.district(), registration.activity(), registration.student()).isPresent()) {
      throw ConflictException.duplicate("studentId", registration.student().value());
    }
    registrations.add(registration);
  }

  @Override
  public synchronized Registration updateRegistration(Registration registration) {
    return registrations.update(registration);
  }

  @Override
  public synchronized Optional<Registration> registrationById(DistrictCode district, RegistrationId id) {
    return registrations.get(district, id);
  }

  @Override
  public synchronized Optional<Registration> registrationOf(DistrictCode district, ActivityId activity,
      StudentId student) {
    return registrations.findFirst(r -> r.district().equals(district) && r.activity().equals(activity)
        && r.student().equals(student));
  }

  @Override
  public synchronized List<Registration> registrationsOf(DistrictCode district, ActivityId activity) {
    return registrations.find(r -> r.district().equals(district) && r.activity().equals(activity),
        Comparator.comparingLong(Registration::position).thenComparing(r -> r.id().value()));
  }

  @Override
  public synchronized long activeRegistrationsInTerm(DistrictCode district, StudentId student, Term term) {
    return registrations.find(r -> r.district().equals(district) && r.student().equals(student)
            && r.status().isActive()
            && activities.get(district, r.activity()).map(a -> a.term().equals(term)).orElse(false),
        Comparator.comparing(r -> r.id().value())).size();
  }

  @Override
  public synchronized long nextPosition(DistrictCode district, ActivityId activity) {
    return registrationsOf(district, activity).stream().mapToLong(Registration::position).max().orElse(0) + 1;
  }

  @Override
  public synchronized List<Registration> registeredBetween(DistrictCode district, java.time.Instant from,
      java.time.Instant to) {
    return registrations.find(r -> r.district().equals(district) && !r.registeredAt().isBefore(from)
            && r.registeredAt().isBefore(to),
        Comparator.comparing(Registration::registeredAt).thenComparing(r -> r.id().value()));
  }
}
