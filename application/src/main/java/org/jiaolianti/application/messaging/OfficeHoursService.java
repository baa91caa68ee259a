package org.jiaolianti.application.messaging;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase;
import org.jiaolianti.application.messaging.port.out.OfficeHours;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.messaging.OfficeHour;
import org.jiaolianti.domain.messaging.OfficeHourId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/** Teachers set their office hours; guardians see those of their children's teachers. */
public final class OfficeHoursService implements OfficeHoursUseCase {

  private final OfficeHours hours;
  private final Roster roster;
  private final Users users;
  private final RoleAssignments assignments;
  private final AccessControl access;
  private final Transactions tx;
  private final CommandValidator validator;

  public OfficeHoursService(OfficeHours hours, Roster roster, Users users, RoleAssignments assignments,
      AccessControl access, Transactions tx, CommandValidator validator) {
    this.hours = requireNonNull(hours);
    this.roster = requireNonNull(roster);
    this.users = requireNonNull(users);
    this.assignments = requireNonNull(assignments);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.validator = requireNonNull(validator);
  }

  @Override
  public List<OfficeHour> set(Actor actor, SetOfficeHoursCommand command) {
    validator.validate(command);
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      Set<SchoolId> schools = Participation.taughtClasses(actor).stream().map(c -> roster.classById(district, c))
          .flatMap(java.util.Optional::stream).map(SchoolClass::school).collect(Collectors.toCollection(LinkedHashSet::new));
      SchoolId school;
      if (command.schoolId() != null) {
        school = SchoolId.of(command.schoolId());
      } else if (schools.size() == 1) {
        school = schools.iterator().next();
      } else if (schools.isEmpty()) {
        access.check(actor, Action.SET_OFFICE_HOURS, new Target.District(district)); // 403 for a non-teacher
        throw InvalidInputException.of("schoolId", "NotNull", "您没有任教班级，无法设置答疑时间",
            "you teach no class, so you have no office hours to set");
      } else {
        throw InvalidInputException.of("schoolId", "NotNull", "您在多所学校任教，请指定学校",
            "you teach at several schools: name the school");
      }
      access.check(actor, Action.SET_OFFICE_HOURS, new Target.School(district, school));
      List<FieldError> errors = new ArrayList<>();
      List<OfficeHour> slots = new ArrayList<>();
      for (int i = 0; i < command.slots().size(); i++) {
        Slot s = command.slots().get(i);
        if (!s.from().isBefore(s.to())) {
          errors.add(new FieldError("slots[" + i + "].to", "After",
              Bilingual.of("结束时间须晚于开始时间", "to must be after from")));
          continue;
        }
        String place = s.place() == null || s.place().isBlank() ? null : s.place().strip();
        slots.add(new OfficeHour(OfficeHourId.newId(), district, actor.userId(), school, s.day(), s.from(), s.to(),
            place, 0));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      hours.replace(district, actor.userId(), slots);
      return hours.ofTeacher(district, actor.userId());
    });
  }

  @Override
  public List<TeacherHours> visible(Actor actor) {
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      var visibility = access.visibility(actor, Action.READ_OFFICE_HOURS);
      if (!visibility.permitted()) {
        access.check(actor, Action.READ_OFFICE_HOURS, new Target.District(district)); // the 403
      }
      Map<UserId, List<OfficeHour>> byTeacher = new LinkedHashMap<>();
      if (actor.has(Role.TEACHER)) {
        List<OfficeHour> own = hours.ofTeacher(district, actor.userId());
        if (!own.isEmpty()) {
          byTeacher.put(actor.userId(), own);
        }
      }
      for (SchoolId school : Participation.administeredSchools(actor)) {
        hours.ofSchool(district, school).forEach(h -> byTeacher.computeIfAbsent(h.teacher(), t -> new ArrayList<>()).add(h));
      }
      GuardianId guardian = Participation.guardian(actor);
      if (guardian != null) {
        Map<SchoolId, Set<ClassId>> childrensClasses = new LinkedHashMap<>();
        for (GuardianLink link : roster.linksOfGuardian(district, guardian)) {
          roster.studentById(district, link.student()).filter(s -> s.schoolClass() != null)
              .ifPresent(s -> childrensClasses.computeIfAbsent(s.school(), x -> new LinkedHashSet<>()).add(s.schoolClass()));
        }
        childrensClasses.forEach((school, classes) -> {
          Map<UserId, List<OfficeHour>> atSchool = new LinkedHashMap<>();
          hours.ofSchool(district, school).forEach(h -> atSchool.computeIfAbsent(h.teacher(), t -> new ArrayList<>()).add(h));
          atSchool.forEach((teacher, slots) -> {
            if (teaches(district, teacher, classes, actor)) {
              byTeacher.merge(teacher, slots, (a, b) -> a.equals(b) ? a : concat(a, b));
            }
          });
        });
      }
      List<TeacherHours> result = new ArrayList<>();
      byTeacher.forEach((teacher, slots) -> {
        String name = users.byId(district, teacher).map(User::displayName).orElse(teacher.value());
        result.add(new TeacherHours(teacher, name, slots.get(0).school(), List.copyOf(slots)));
      });
      return result;
    });
  }

  private static List<OfficeHour> concat(List<OfficeHour> a, List<OfficeHour> b) {
    List<OfficeHour> all = new ArrayList<>(a);
    b.stream().filter(h -> !a.contains(h)).forEach(all::add);
    return all;
  }

  /** Whether {@code teacher} teaches one of {@code classes} today (a TEACHER assignment in force, CLASSES scope). */
  private boolean teaches(DistrictCode district, UserId teacher, Set<ClassId> classes, Actor actor) {
    return assignments.ofUser(district, teacher).stream()
        .filter(a -> a.role() == Role.TEACHER && a.scope().type() == ScopeType.CLASSES)
        .filter(a -> !a.isRevoked() && a.period().contains(actor.today()))
        .anyMatch(a -> classes.stream().anyMatch(c -> c.value().equals(a.scope().reference())));
  }
}
