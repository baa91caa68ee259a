package org.jiaolianti.application.messaging.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.messaging.OfficeHour;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;

/**
 * Teachers' office hours: a teacher sets their weekly slots; a guardian sees those of the teachers of
 * their children's classes (五(一)2, 三(三)2: 密切与家长沟通联系).
 *
 * <p>中文：教师答疑时间。
 */
public interface OfficeHoursUseCase {

  /** Replaces the actor's (a teacher's) slots at the school of their classes ({@code schoolId} if several). */
  List<OfficeHour> set(Actor actor, SetOfficeHoursCommand command);

  /**
   * What the actor may see: a teacher their own slots; a guardian those of the teachers of their children's
   * classes; a school leader those of their school's teachers.
   */
  List<TeacherHours> visible(Actor actor);

  record SetOfficeHoursCommand(
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String schoolId,
      @NotNull @Size(max = 20) List<@Valid @NotNull Slot> slots) {}

  record Slot(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime to, @Size(max = 200) String place) {}

  /** One teacher's slots, with the teacher's display name. */
  record TeacherHours(UserId teacher, String teacherName, SchoolId school, List<OfficeHour> slots) {}
}
