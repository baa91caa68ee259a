package org.jiaolianti.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * One student's registration for one activity (at most one per student and activity).
 *
 * <p>中文：报名记录。
 *
 * @param position the place in the queue: arrival order, rewritten by a lottery draw to the drawn order;
 *     the waitlist is promoted lowest position first
 * @param registeredBy the username of who registered (the guardian, teacher or admin)
 * @param cancelledAt when cancelled (null unless CANCELLED)
 */
public record Registration(
    RegistrationId id,
    DistrictCode district,
    ActivityId activity,
    StudentId student,
    RegistrationStatus status,
    long position,
    Instant registeredAt,
    String registeredBy,
    Instant cancelledAt,
    String cancelledBy,
    long version) {

  public Registration {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(activity, "activity");
    requireNonNull(student, "student");
    requireNonNull(status, "status");
    checkArgument(position >= 1, "position must be at least 1, was %s", position);
    requireNonNull(registeredAt, "registeredAt");
    checkArgument(registeredBy != null && !registeredBy.isBlank(), "registeredBy must not be blank");
    checkArgument((status == RegistrationStatus.CANCELLED) == (cancelledAt != null),
        "a registration has cancelledAt exactly when it is cancelled");
  }

  public Registration withStatus(RegistrationStatus newStatus) {
    checkArgument(newStatus != RegistrationStatus.CANCELLED, "use cancelled()");
    return new Registration(id, district, activity, student, newStatus, position, registeredAt, registeredBy, null,
        null, version);
  }

  public Registration drawn(RegistrationStatus newStatus, long newPosition) {
    return new Registration(id, district, activity, student, newStatus, newPosition, registeredAt, registeredBy, null,
        null, version);
  }

  public Registration cancelled(Instant at, String by) {
    return new Registration(id, district, activity, student, RegistrationStatus.CANCELLED, position, registeredAt,
        registeredBy, requireNonNull(at, "at"), by, version);
  }

  public Registration withVersion(long newVersion) {
    return new Registration(id, district, activity, student, status, position, registeredAt, registeredBy,
        cancelledAt, cancelledBy, newVersion);
  }
}
