package org.jiaolianti.application.instructor;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.instructor.port.in.InstructorsUseCase;
import org.jiaolianti.application.instructor.port.out.Instructors;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.instructor.DeliveredService;
import org.jiaolianti.domain.instructor.Instructor;
import org.jiaolianti.domain.instructor.InstructorId;
import org.jiaolianti.domain.instructor.InstructorRules;
import org.jiaolianti.domain.instructor.InstructorTier;
import org.jiaolianti.domain.instructor.ServiceTotal;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/**
 * Family-education instructors and their service log (五(一)4). An instructor's access target is what they belong
 * to: the district (DISTRICT tier), their school (SCHOOL) or their partner (COMMUNITY).
 */
public final class InstructorService implements InstructorsUseCase {

  private final Instructors instructors;
  private final Schools schools;
  private final Partners partners;
  private final Users users;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public InstructorService(Instructors instructors, Schools schools, Partners partners, Users users,
      AccessControl access, Transactions tx, Clock clock, CommandValidator validator) {
    this.instructors = requireNonNull(instructors);
    this.schools = requireNonNull(schools);
    this.partners = requireNonNull(partners);
    this.users = requireNonNull(users);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  /** What an instructor belongs to, as an access target. */
  public static Target target(Instructor i) {
    return switch (i.tier()) {
      case DISTRICT -> new Target.District(i.district());
      case SCHOOL -> new Target.School(i.district(), i.school());
      case COMMUNITY -> new Target.Partner(i.district(), i.partner());
    };
  }

  @Override
  public Instructor register(Actor actor, RegisterCommand c) {
    validator.validate(c);
    InstructorTier tier = c.tier();
    requireAbsentUnless(tier == InstructorTier.SCHOOL, "schoolId", c.schoolId(), "校级指导师须填写所属学校",
        "a school-tier instructor names their school", "仅校级指导师填写所属学校", "only a school-tier instructor names a school");
    requireAbsentUnless(tier == InstructorTier.COMMUNITY, "partnerId", c.partnerId(), "社区级指导师须填写所属社区或单位",
        "a community-tier instructor names their partner", "仅社区级指导师填写所属社区或单位",
        "only a community-tier instructor names a partner");
    return tx.inTransaction(() -> {
      DistrictCode d = actor.district();
      SchoolId school = null;
      PartnerId partner = null;
      Target target = new Target.District(d);
      if (tier == InstructorTier.SCHOOL) {
        school = SchoolId.of(c.schoolId());
        target = new Target.School(d, school);
        access.check(actor, Action.MANAGE_INSTRUCTORS, target);
        if (schools.byId(d, school).isEmpty()) {
          throw new NotFoundException("school", c.schoolId());
        }
      } else if (tier == InstructorTier.COMMUNITY) {
        partner = PartnerId.of(c.partnerId());
        target = new Target.Partner(d, partner);
        access.check(actor, Action.MANAGE_INSTRUCTORS, target);
        if (partners.byId(d, partner).isEmpty()) {
          throw new NotFoundException("partner", c.partnerId());
        }
      } else {
        access.check(actor, Action.MANAGE_INSTRUCTORS, target);
      }
      UserId user = null;
      if (c.userId() != null) {
        user = UserId.of(c.userId());
        if (users.byId(d, user).isEmpty()) {
          throw InvalidInputException.of("userId", "Unknown", "本区没有该用户账号", "no such user account in the district");
        }
      }
      Instructor i = Instructor.register(InstructorId.newId(), d, c.name().strip(), tier, school, partner,
          EnumSet.copyOf(c.specialties()), user, actor.userId(), now());
      instructors.add(i);
      return i;
    });
  }

  private static void requireAbsentUnless(boolean required, String field, String value, String missingZh,
      String missingEn, String extraZh, String extraEn) {
    if (required && value == null) {
      throw InvalidInputException.of(field, "NotNull", missingZh, missingEn);
    }
    if (!required && value != null) {
      throw InvalidInputException.of(field, "Null", extraZh, extraEn);
    }
  }

  @Override
  public List<Instructor> list(Actor actor, Filter f) {
    requireNonNull(f, "filter");
    return tx.inTransaction(() -> {
      Visibility vis = access.visibility(actor, Action.READ_INSTRUCTORS);
      if (!vis.permitted()) {
        access.check(actor, Action.READ_INSTRUCTORS, new Target.District(actor.district()));
      }
      return instructors.ofDistrict(actor.district()).stream()
          .filter(i -> sees(vis, i))
          .filter(i -> f.includeRetired() || i.active())
          .filter(i -> f.tier() == null || i.tier() == f.tier())
          .filter(i -> f.specialty() == null || i.specialties().contains(f.specialty()))
          .filter(i -> f.schoolId() == null || (i.school() != null && i.school().value().equals(f.schoolId())))
          .toList();
    });
  }

  @Override
  public InstructorDetail get(Actor actor, String instructorId) {
    return tx.inTransaction(() -> {
      Instructor i = find(actor, instructorId);
      if (!sees(access.visibility(actor, Action.READ_INSTRUCTORS), i) && !ownRecord(actor, i)) {
        throw new NotFoundException("instructor", instructorId);
      }
      return new InstructorDetail(i, instructors.services(actor.district(), i.id()));
    });
  }

  @Override
  public Instructor retire(Actor actor, RetireCommand c) {
    validator.validate(c);
    return tx.inTransaction(() -> {
      Instructor i = managed(actor, c.instructorId());
      RuleViolationException.throwIfRejected(InstructorRules.mayRetire(i));
      return instructors.update(i.retired(actor.userId(), c.reason().strip(), now()));
    });
  }

  @Override
  public DeliveredService logService(Actor actor, LogServiceCommand c) {
    validator.validate(c);
    if ((c.schoolId() == null) == (c.partnerId() == null)) {
      throw InvalidInputException.of("schoolId", "OneOf", "须填写服务地点：学校（schoolId）或单位（partnerId）之一",
          "name where the service was delivered: a school (schoolId) or a partner (partnerId), one of the two");
    }
    return tx.inTransaction(() -> {
      Instructor i = find(actor, c.instructorId());
      if (ownRecord(actor, i)) {
        access.check(actor, Action.LOG_OWN_INSTRUCTOR_SERVICES, new Target.User(actor.district(), actor.userId()));
      } else {
        if (!sees(access.visibility(actor, Action.READ_INSTRUCTORS), i)
            && !access.visibility(actor, Action.MANAGE_INSTRUCTORS).includes(target(i))) {
          throw new NotFoundException("instructor", c.instructorId());
        }
        access.check(actor, Action.MANAGE_INSTRUCTORS, target(i));
      }
      DistrictCode d = actor.district();
      SchoolId school = c.schoolId() == null ? null : SchoolId.of(c.schoolId());
      PartnerId partner = c.partnerId() == null ? null : PartnerId.of(c.partnerId());
      if (school != null && schools.byId(d, school).isEmpty()) {
        throw new NotFoundException("school", c.schoolId());
      }
      if (partner != null && partners.byId(d, partner).isEmpty()) {
        throw new NotFoundException("partner", c.partnerId());
      }
      RuleViolationException.throwIfRejected(InstructorRules.mayLogService(i, c.on(), c.hours(), actor.today()));
      String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
      DeliveredService s = new DeliveredService(Ids.newId(), d, i.id(), c.kind(), c.on(), c.hours(), school, partner,
          c.audience(), note, actor.userId(), now());
      instructors.addService(s);
      return s;
    });
  }

  @Override
  public List<ServiceTotal> serviceTotals(Actor actor, LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", "Range", "结束日期不能早于开始日期", "to must not be before from");
    }
    return tx.inTransaction(() -> {
      access.check(actor, Action.READ_REPORTS, new Target.District(actor.district()));
      return instructors.serviceTotals(actor.district(), from, to);
    });
  }

  /** District-tier instructors are seen by whoever reads instructors at all; the others with their school/partner. */
  private static boolean sees(Visibility vis, Instructor i) {
    return switch (i.tier()) {
      case DISTRICT -> vis.permitted();
      case SCHOOL -> vis.includesSchool(i.school());
      case COMMUNITY -> vis.includesPartner(i.partner());
    };
  }

  private static boolean ownRecord(Actor actor, Instructor i) {
    return i.user() != null && i.user().equals(actor.userId());
  }

  /** The instructor, if the actor manages it (outside every scope: not found; seen but not managed: forbidden). */
  private Instructor managed(Actor actor, String instructorId) {
    Instructor i = find(actor, instructorId);
    if (!sees(access.visibility(actor, Action.READ_INSTRUCTORS), i) && !ownRecord(actor, i)) {
      throw new NotFoundException("instructor", instructorId);
    }
    access.check(actor, Action.MANAGE_INSTRUCTORS, target(i));
    return i;
  }

  private Instructor find(Actor actor, String instructorId) {
    InstructorId id;
    try {
      id = InstructorId.of(instructorId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("instructor", instructorId);
    }
    return instructors.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("instructor", instructorId));
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
