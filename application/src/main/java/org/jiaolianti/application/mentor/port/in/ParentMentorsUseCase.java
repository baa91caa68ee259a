package org.jiaolianti.application.mentor.port.in;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.mentor.AssignmentKind;
import org.jiaolianti.domain.mentor.MentorAssignment;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.ParentMentor;

/**
 * Parent mentors (家长导师, 五(一)3): a guardian applies at a school one of their children attends; the school's
 * leaders approve or reject, revoke an approval (kept, with who, when and why), assign approved mentors to
 * after-school services, clubs or career sessions and log their hours. Guardians see their own applications,
 * school leaders their school's, the district all. Whoever is outside gets a not-found, as for an unknown id.
 *
 * <p>中文：家长导师。依据：五(一)3
 */
public interface ParentMentorsUseCase {

  ParentMentor apply(Actor actor, ApplyCommand command);

  /** The mentors the actor sees, newest application first. */
  List<ParentMentor> list(Actor actor);

  MentorDetail get(Actor actor, String mentorId);

  ParentMentor approve(Actor actor, String mentorId);

  ParentMentor reject(Actor actor, String mentorId);

  ParentMentor revoke(Actor actor, RevokeCommand command);

  MentorAssignment assign(Actor actor, AssignCommand command);

  MentorHours logHours(Actor actor, LogHoursCommand command);

  record ApplyCommand(
      @RecordId String schoolId,
      @NotBlank @Size(max = ParentMentor.MAX_EXPERTISE) String expertise) {}

  record RevokeCommand(
      @RecordId String mentorId,
      @NotBlank @Size(max = ParentMentor.MAX_REASON) String reason) {}

  record AssignCommand(
      @RecordId String mentorId,
      @NotNull AssignmentKind kind,
      @NotBlank @Size(max = MentorAssignment.MAX_TITLE) String title,
      @NotNull LocalDate from,
      @NotNull LocalDate to) {}

  record LogHoursCommand(
      @RecordId String mentorId,
      @NotNull LocalDate on,
      @NotNull @DecimalMin("0.5") @DecimalMax("12") BigDecimal hours,
      @Size(max = MentorHours.MAX_NOTE) String note) {}

  /** A mentor with their assignments and logged hours. */
  record MentorDetail(ParentMentor mentor, List<MentorAssignment> assignments, List<MentorHours> hours) {}
}
