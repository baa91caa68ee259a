package org.jiaolianti.application.instructor.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.instructor.DeliveredService;
import org.jiaolianti.domain.instructor.Instructor;
import org.jiaolianti.domain.instructor.InstructorId;
import org.jiaolianti.domain.instructor.ServiceTotal;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Family-education instructors (五(一)4) and their service log. Nothing is deleted: an instructor is retired by
 * {@link #update} (optimistic: a stale version is a conflict); services are added only. Lists are ordered by
 * time of registration (logging), then id.
 */
public interface Instructors {

  /**
   * Adds an instructor.
   *
   * @throws org.jiaolianti.application.shared.ConflictException (DUPLICATE) if the id is taken
   */
  void add(Instructor instructor);

  Optional<Instructor> byId(DistrictCode district, InstructorId id);

  List<Instructor> ofDistrict(DistrictCode district);

  /** Stores {@code instructor}'s retirement (read at {@code instructor.version()}); returns it with the next version. */
  Instructor update(Instructor instructor);

  /**
   * Adds a delivered service.
   *
   * @throws org.jiaolianti.application.shared.ConflictException (DUPLICATE) if the id is taken
   */
  void addService(DeliveredService service);

  List<DeliveredService> services(DistrictCode district, InstructorId instructor);

  /**
   * For reports: per school and kind, the services delivered at that school from {@code from} to {@code to}
   * (both included) — how many, their hours and audience. Services at partners are not counted. Ordered by
   * school id, then kind.
   */
  List<ServiceTotal> serviceTotals(DistrictCode district, LocalDate from, LocalDate to);
}
