package org.jiaolianti.application.activity.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.ActivityId;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationId;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Activities and their registrations (活动报名). The places are counted by the storage: {@link #claimPlace}
 * is atomic (a conditional update of the activity's count in the database), so that concurrent
 * registrations never confirm more than the capacity.
 */
public interface Activities {

  void add(Activity activity);

  /** Stores a changed activity (its lottery draw and count) under optimistic versioning; returns it with the next version. */
  Activity update(Activity activity);

  Optional<Activity> byId(DistrictCode district, ActivityId id);

  /**
   * The activity, locked for the rest of the current transaction (SELECT … FOR UPDATE): registrations,
   * cancellations and draws of one activity run one after the other. Outside a transaction, as {@link #byId}.
   */
  Optional<Activity> lockById(DistrictCode district, ActivityId id);

  /** Every activity of the district, by registration opening, then id. */
  List<Activity> all(DistrictCode district);

  /**
   * Takes one place if one remains: {@code confirmed = confirmed + 1 WHERE confirmed < capacity}, atomically.
   *
   * @return true if a place was taken, false if the activity is full (or unknown)
   */
  boolean claimPlace(DistrictCode district, ActivityId id);

  /** Gives one place back ({@code confirmed - 1}, never below 0). */
  void releasePlace(DistrictCode district, ActivityId id);

  /**
   * Adds a registration.
   *
   * @throws org.jiaolianti.application.shared.ConflictException (DUPLICATE) if the student already has a
   *     registration for the activity, or the id is taken
   */
  void addRegistration(Registration registration);

  /** Stores a changed registration under optimistic versioning; returns it with the next version. */
  Registration updateRegistration(Registration registration);

  Optional<Registration> registrationById(DistrictCode district, RegistrationId id);

  /** The student's registration for the activity, whatever its status. */
  Optional<Registration> registrationOf(DistrictCode district, ActivityId activity, StudentId student);

  /** The activity's registrations by position, then id. */
  List<Registration> registrationsOf(DistrictCode district, ActivityId activity);

  /** How many registrations the student holds, not cancelled, in activities of {@code term}. */
  long activeRegistrationsInTerm(DistrictCode district, StudentId student, Term term);

  /** The next queue position for the activity: one more than the highest so far (1 for the first). */
  long nextPosition(DistrictCode district, ActivityId activity);

  /** The district's registrations made in {@code [from, to)}, whatever their status, by time then id (for reports). */
  List<Registration> registeredBetween(DistrictCode district, Instant from, Instant to);
}
