package org.jiaolianti.application.healthvp;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.healthvp.port.in.HealthVicePrincipalsUseCase;
import org.jiaolianti.application.healthvp.port.out.HealthVicePrincipals;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipal;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipalId;
import org.jiaolianti.domain.mentalhealth.HealthVicePrincipalRules;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DateRange;

/** Health vice-principals: appointments, their end, lists and the report of schools without one (三(二)5). */
public final class HealthVicePrincipalService implements HealthVicePrincipalsUseCase {

  private final HealthVicePrincipals appointments;
  private final Schools schools;
  private final Partners partners;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public HealthVicePrincipalService(HealthVicePrincipals appointments, Schools schools, Partners partners,
      AccessControl access, Transactions tx, Clock clock, CommandValidator validator) {
    this.appointments = requireNonNull(appointments);
    this.schools = requireNonNull(schools);
    this.partners = requireNonNull(partners);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public HealthVicePrincipal appoint(Actor actor, AppointCommand command) {
    validator.validate(command);
    if (command.to() != null && command.to().isBefore(command.from())) {
      throw InvalidInputException.of("to", "DateOrder", "结束日期不能早于开始日期", "to must not be before from");
    }
    return tx.inTransaction(() -> {
      SchoolId school = SchoolId.of(command.schoolId());
      access.check(actor, Action.MANAGE_HEALTH_VICE_PRINCIPALS, new Target.School(actor.district(), school));
      schools.byId(actor.district(), school).orElseThrow(() -> new NotFoundException("school", command.schoolId()));
      PartnerId institution = PartnerId.of(command.institutionId());
      partners.byId(actor.district(), institution)
          .orElseThrow(() -> new NotFoundException("partner", command.institutionId()));
      String name = command.name().strip();
      DateRange period = DateRange.of(command.from(), command.to());
      RuleViolationException.throwIfRejected(HealthVicePrincipalRules.mayAppoint(
          appointments.ofDistrict(actor.district()), school, name, period));
      HealthVicePrincipal h = HealthVicePrincipal.appoint(HealthVicePrincipalId.newId(), actor.district(), school,
          name, institution, command.professionalTitle() == null ? null : command.professionalTitle().strip(),
          period, actor.userId(), clock.now().truncatedTo(ChronoUnit.MICROS));
      appointments.add(h);
      return h;
    });
  }

  @Override
  public HealthVicePrincipal end(Actor actor, EndCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      HealthVicePrincipal h = appointments.byId(actor.district(), HealthVicePrincipalId.of(command.appointmentId()))
          .orElseThrow(() -> new NotFoundException("health vice-principal", command.appointmentId()));
      access.check(actor, Action.MANAGE_HEALTH_VICE_PRINCIPALS, new Target.School(actor.district(), h.school()));
      LocalDate from = h.period().validFrom();
      LocalDate to = h.period().validTo();
      if (command.lastDay().isBefore(from) || (to != null && command.lastDay().isAfter(to))) {
        throw InvalidInputException.of("lastDay", "DateRange", "最后一天须在聘任期内（" + from + " 起）",
            "lastDay must lie within the appointment (from " + from + ")");
      }
      return appointments.update(h.endingOn(command.lastDay()));
    });
  }

  @Override
  public List<HealthVicePrincipal> list(Actor actor, String schoolId, LocalDate activeOn) {
    return tx.inTransaction(() -> {
      Visibility vis = visibility(actor);
      SchoolId school = null;
      if (schoolId != null) {
        try {
          school = SchoolId.of(schoolId);
        } catch (IllegalArgumentException e) {
          throw new NotFoundException("school", schoolId);
        }
        access.check(actor, Action.READ_HEALTH_VICE_PRINCIPALS, new Target.School(actor.district(), school));
      }
      SchoolId only = school;
      return appointments.ofDistrict(actor.district()).stream()
          .filter(h -> vis.includesSchool(h.school()))
          .filter(h -> only == null || h.school().equals(only))
          .filter(h -> activeOn == null || h.servesOn(activeOn))
          .toList();
    });
  }

  @Override
  public List<School> schoolsWithout(Actor actor, LocalDate on) {
    requireNonNull(on, "on");
    return tx.inTransaction(() -> {
      Visibility vis = visibility(actor);
      List<School> open = schools.all(actor.district()).stream()
          .filter(s -> s.isOpenOn(on) && vis.includesSchool(s.id()))
          .sorted(Comparator.comparing(School::code)).toList();
      List<SchoolId> without = HealthVicePrincipalRules.schoolsWithout(open.stream().map(School::id).toList(),
          appointments.ofDistrict(actor.district()), on);
      return open.stream().filter(s -> without.contains(s.id())).toList();
    });
  }

  private Visibility visibility(Actor actor) {
    Visibility vis = access.visibility(actor, Action.READ_HEALTH_VICE_PRINCIPALS);
    if (!vis.permitted()) {
      access.check(actor, Action.READ_HEALTH_VICE_PRINCIPALS, new Target.District(actor.district()));
    }
    return vis;
  }
}
