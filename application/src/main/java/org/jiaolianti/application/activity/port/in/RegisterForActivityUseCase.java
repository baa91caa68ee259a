package org.jiaolianti.application.activity.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.domain.activity.Registration;

/**
 * Registers students for activities and cancels registrations (活动报名). Never overbooked: a first-come
 * registration is confirmed only if the storage atomically takes a place, else waitlisted.
 */
public interface RegisterForActivityUseCase {

  /**
   * Returns if {@code actor} may register (or cancel for) the student {@code studentId}: school staff
   * (REGISTER_STUDENTS: the district admin, the school's admins and teachers) for students of their school,
   * a guardian (REGISTER_OWN_CHILDREN) only for a child linked to them.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if there is no such student in the actor's
   *     scope (REST: 404)
   * @throws org.jiaolianti.application.shared.ForbiddenException if the actor sees the student's school but
   *     may not register its students (REST: 403)
   */
  void checkMayRegister(Actor actor, String studentId);

  /**
   * Registers the student: FIRST_COME confirmed while places remain, else waitlisted; LOTTERY pending until
   * the draw. Idempotent per (activity, student): a student already registered gets the existing
   * registration back, whatever its status, and nothing new is created.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException unknown activity or student
   * @throws org.jiaolianti.application.shared.RuleViolationException outside the window (REGISTRATION_WINDOW),
   *     a grade not eligible (ELIGIBLE_GRADE), or over the per-term limit (ACTIVITIES_PER_STUDENT_PER_TERM)
   */
  Registration register(RegisterCommand command);

  /**
   * Cancels a registration. A confirmed place goes to the first waitlisted registration (lowest position),
   * or back to the pool if none waits. Cancelling a cancelled registration returns it unchanged.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException unknown activity or registration
   */
  Registration cancel(CancelRegistrationCommand command);

  /** Registers {@code studentId} for {@code activityId}, done by {@code registeredBy} (a username). */
  record RegisterCommand(
      @DistrictKey String district,
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String activityId,
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String studentId,
      @NotBlank @Size(max = 100) String registeredBy) {}

  /** Cancels registration {@code registrationId} of {@code activityId}. */
  record CancelRegistrationCommand(
      @DistrictKey String district,
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String activityId,
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String registrationId,
      @NotBlank @Size(max = 100) String cancelledBy) {}
}
