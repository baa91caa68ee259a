package org.jiaolianti.application.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.consent.port.in.ConsentCheck;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase;
import org.jiaolianti.application.consent.port.out.Consents;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.ConsentRules;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Consents: recording, reading and revoking (PIPL Art. 31, guarding 五(二)1–2), and the check other use cases
 * call. Who may consent is decided by {@link ConsentRules}; who may record is decided here: a guardian for their own
 * children (as grantor), a leader or counsellor of the student's school for paper forms.
 */
public final class ConsentService implements ConsentsUseCase, ConsentCheck {

  private final Consents consents;
  private final Roster roster;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public ConsentService(Consents consents, Roster roster, AccessControl access, Transactions tx, Clock clock,
      CommandValidator validator) {
    this.consents = requireNonNull(consents);
    this.roster = requireNonNull(roster);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  /** How the caller stands to a student: as one of the student's guardians, as staff of the school, or neither. */
  private enum Standing { GUARDIAN, STAFF }

  @Override
  public Consent record(Actor actor, RecordCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      Student student = student(actor, command.studentId());
      Standing standing = standing(actor, Action.RECORD_CONSENTS, student);
      Set<GuardianId> guardians = guardiansOf(actor.district(), student.id());
      GrantorKind kind;
      GuardianId guardian;
      ConsentMethod method;
      if (standing == Standing.GUARDIAN) {
        if (command.grantor() == GrantorKind.STUDENT || command.guardianId() != null) {
          throw InvalidInputException.of(command.grantor() == GrantorKind.STUDENT ? "grantor" : "guardianId",
              "GuardianGrantsAsSelf", "监护人只能以本人名义同意", "a guardian consents as themself only");
        }
        if (command.method() != null && command.method() != ConsentMethod.IN_APP) {
          throw InvalidInputException.of("method", "ConsentMethod", "监护人在平台内同意，方式为 IN_APP",
              "a guardian consents in the app (IN_APP)");
        }
        kind = GrantorKind.GUARDIAN;
        guardian = ownGuardian(actor).orElseThrow();
        method = ConsentMethod.IN_APP;
      } else {
        if (command.grantor() == null) {
          throw InvalidInputException.of("grantor", "NotNull", "须注明同意人（GUARDIAN 或 STUDENT）",
              "name who consented (GUARDIAN or STUDENT)");
        }
        if (command.method() != null && command.method() != ConsentMethod.WRITTEN_FORM) {
          throw InvalidInputException.of("method", "ConsentMethod", "学校登记的是书面同意书，方式为 WRITTEN_FORM",
              "a school records a form received on paper (WRITTEN_FORM)");
        }
        kind = command.grantor();
        if (kind == GrantorKind.GUARDIAN && command.guardianId() == null) {
          throw InvalidInputException.of("guardianId", "NotNull", "须注明签署同意书的监护人",
              "name the guardian who signed the form");
        }
        if (kind == GrantorKind.STUDENT && command.guardianId() != null) {
          throw InvalidInputException.of("guardianId", "Null", "学生本人同意时不填写监护人",
              "no guardian is named when the student consents");
        }
        guardian = kind == GrantorKind.GUARDIAN ? GuardianId.of(command.guardianId()) : null;
        method = ConsentMethod.WRITTEN_FORM;
      }
      LocalDate grantedOn = command.grantedOn() == null ? actor.today() : command.grantedOn();
      RuleViolationException.throwIfRejected(ConsentRules.mayGrant(student, command.purpose(), kind, guardian,
          guardians, grantedOn, actor.today()));
      Consent c = Consent.grant(ConsentId.newId(), actor.district(), student.id(), command.purpose(), kind, guardian,
          method, grantedOn, actor.userId(), now());
      consents.add(c);
      return c;
    });
  }

  @Override
  public List<Consent> ofStudent(Actor actor, String studentId) {
    return tx.inTransaction(() -> {
      Student student = student(actor, studentId);
      standing(actor, Action.READ_CONSENTS, student);
      return consents.ofStudent(actor.district(), student.id());
    });
  }

  @Override
  public Consent revoke(Actor actor, RevokeCommand command) {
    validator.validate(command);
    return tx.inTransaction(() -> {
      Consent c = consents.byId(actor.district(), ConsentId.of(command.consentId()))
          .orElseThrow(() -> new NotFoundException("consent", command.consentId()));
      Student student = roster.studentById(actor.district(), c.student())
          .orElseThrow(() -> new NotFoundException("consent", command.consentId()));
      Standing standing;
      try {
        standing = standing(actor, Action.RECORD_CONSENTS, student);
      } catch (NotFoundException e) {
        throw new NotFoundException("consent", command.consentId());
      }
      ConsentMethod expected = standing == Standing.GUARDIAN ? ConsentMethod.IN_APP : ConsentMethod.WRITTEN_FORM;
      if (command.method() != null && command.method() != expected) {
        throw InvalidInputException.of("method", "ConsentMethod", "撤回方式应为 " + expected.name(),
            "the revocation's method must be " + expected.name());
      }
      RuleViolationException.throwIfRejected(ConsentRules.mayRevoke(c, actor.today()));
      return consents.update(c.revoked(actor.today(), actor.userId(), now(), expected));
    });
  }

  @Override
  public boolean inForce(DistrictCode district, StudentId student, ConsentPurpose purpose, LocalDate on) {
    return ConsentRules.hasConsent(consents.ofStudent(district, student), student, purpose, on);
  }

  @Override
  public Decision require(DistrictCode district, StudentId student, ConsentPurpose purpose, LocalDate on) {
    return ConsentRules.requireConsent(consents.ofStudent(district, student), student, purpose, on);
  }

  @Override
  public List<Consent> consentsOf(DistrictCode district, StudentId student) {
    return consents.ofStudent(district, student);
  }

  /**
   * As a guardian linked to the student, or as staff whose role reaches the student's school for {@code action};
   * otherwise the access decision's 404 / 403, and a guardian of another child (who passes it for the school) a
   * 404 as for an unknown student.
   */
  private Standing standing(Actor actor, Action action, Student student) {
    Target.School target = new Target.School(actor.district(), student.school());
    Optional<GuardianId> own = ownGuardian(actor);
    if (own.isPresent() && guardiansOf(actor.district(), student.id()).contains(own.get())) {
      access.check(actor, action, target);
      return Standing.GUARDIAN;
    }
    if (staffReaches(actor, action, student)) {
      access.check(actor, action, target);
      return Standing.STAFF;
    }
    access.check(actor, action, target);
    throw new NotFoundException("student", student.id().value());
  }

  private static boolean staffReaches(Actor actor, Action action, Student student) {
    if (action == Action.READ_CONSENTS && actor.has(Role.DISTRICT_MH_OFFICER)) {
      return true;
    }
    for (Role role : List.of(Role.SCHOOL_ADMIN, Role.COUNSELLOR)) {
      for (Scope scope : actor.scopesOf(role)) {
        if (scope.type() == ScopeType.DISTRICT || ((scope.type() == ScopeType.SCHOOL
            || scope.type() == ScopeType.CASELOAD) && student.school().value().equals(scope.reference()))) {
          return true;
        }
      }
    }
    return false;
  }

  private Student student(Actor actor, String studentId) {
    return roster.requireStudent(actor.district(), studentId);
  }


  private Set<GuardianId> guardiansOf(DistrictCode district, StudentId student) {
    return roster.linksOfStudent(district, student).stream().map(GuardianLink::guardian).collect(Collectors.toSet());
  }

  private static Optional<GuardianId> ownGuardian(Actor actor) {
    return actor.has(Role.GUARDIAN) ? actor.user().linkedGuardian() : Optional.empty();
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
