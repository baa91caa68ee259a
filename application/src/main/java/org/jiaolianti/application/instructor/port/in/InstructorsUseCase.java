package org.jiaolianti.application.instructor.port.in;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.instructor.DeliveredService;
import org.jiaolianti.domain.instructor.Instructor;
import org.jiaolianti.domain.instructor.InstructorTier;
import org.jiaolianti.domain.instructor.ServiceKind;
import org.jiaolianti.domain.instructor.ServiceTotal;
import org.jiaolianti.domain.instructor.Specialty;

/**
 * Family-education instructors (家庭教育指导师, 五(一)4): the district registers instructors of any tier, a school's
 * leaders the school-tier instructors of their school, a partner's staff the community-tier instructors of their
 * partner; the same people retire them (kept, with who, when and why) and log their services; an instructor linked
 * to a user account logs their own. Whoever is outside gets a not-found, as for an unknown id.
 *
 * <p>中文：家庭教育指导师。依据：五(一)4
 */
public interface InstructorsUseCase {

  Instructor register(Actor actor, RegisterCommand command);

  /** The instructors the actor sees that match {@code filter}, by registration. */
  List<Instructor> list(Actor actor, Filter filter);

  InstructorDetail get(Actor actor, String instructorId);

  Instructor retire(Actor actor, RetireCommand command);

  DeliveredService logService(Actor actor, LogServiceCommand command);

  /** Per school and kind, the services delivered at schools over a date range (READ_REPORTS on the district). */
  List<ServiceTotal> serviceTotals(Actor actor, LocalDate from, LocalDate to);

  /**
   * A new instructor: a SCHOOL-tier one names {@code schoolId}, a COMMUNITY-tier one {@code partnerId}, a
   * DISTRICT-tier one neither.
   */
  record RegisterCommand(
      @NotBlank @Size(max = Instructor.MAX_NAME) String name,
      @NotNull InstructorTier tier,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String schoolId,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String partnerId,
      @NotEmpty Set<@NotNull Specialty> specialties,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String userId) {}

  /** Equality filters; null matches all. Retired instructors are listed only with {@code includeRetired}. */
  record Filter(InstructorTier tier, Specialty specialty, String schoolId, boolean includeRetired) {
    public static final Filter ALL = new Filter(null, null, null, false);
  }

  record RetireCommand(
      @RecordId String instructorId,
      @NotBlank @Size(max = Instructor.MAX_REASON) String reason) {}

  /** A service delivered at a school ({@code schoolId}) or at a partner ({@code partnerId}): exactly one. */
  record LogServiceCommand(
      @RecordId String instructorId,
      @NotNull ServiceKind kind,
      @NotNull LocalDate on,
      @NotNull @DecimalMin("0.5") @DecimalMax("12") BigDecimal hours,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String schoolId,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String partnerId,
      @Min(0) @Max(DeliveredService.MAX_AUDIENCE) int audience,
      @Size(max = DeliveredService.MAX_NOTE) String note) {}

  /** An instructor with their services. */
  record InstructorDetail(Instructor instructor, List<DeliveredService> services) {}
}
