package org.jiaolianti.application.referral;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.alert.Alerting;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.consent.port.in.ConsentCheck;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.referral.port.in.ReferralsUseCase;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.referral.port.out.Referrals;
import org.jiaolianti.application.referral.port.out.Referrals.Sealed;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.ConsentRules;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.Referral;
import org.jiaolianti.domain.mentalhealth.ReferralAction;
import org.jiaolianti.domain.mentalhealth.ReferralBreach;
import org.jiaolianti.domain.mentalhealth.ReferralEvent;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.mentalhealth.ReferralRules;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.Decision;

/**
 * The green channel over {@link ReferralRules}: access from the actor's grants (REFER_STUDENTS for the school's
 * side, ANSWER_REFERRALS for the institution's, READ_REFERRALS to read), the legal basis from
 * {@link ConsentRules#mayRefer}, free text sealed by {@link ReferralSeal}, a guardian alert with every step (inside
 * the step's transaction), and an audit event for every read, list and step — ALLOWED with the work, DENIED in a
 * transaction of its own when the work is refused as not found or forbidden.
 */
public final class ReferralService implements ReferralsUseCase {

  public static final String SUBJECT = "REFERRAL";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Referrals referrals;
  private final MentalHealthFiles files;
  private final Roster roster;
  private final Schools schools;
  private final Partners partners;
  private final ConsentCheck consents;
  private final Policies policies;
  private final AccessControl access;
  private final Audit audit;
  private final ReferralSeal seal;
  private final Alerting alerting;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public ReferralService(Referrals referrals, MentalHealthFiles files, Roster roster, Schools schools, Partners partners, ConsentCheck consents,
      Policies policies, AccessControl access, Audit audit, FieldCipher cipher, Alerting alerting, Transactions tx,
      Clock clock, CommandValidator validator) {
    this.referrals = requireNonNull(referrals);
    this.files = requireNonNull(files);
    this.roster = requireNonNull(roster);
    this.schools = requireNonNull(schools);
    this.partners = requireNonNull(partners);
    this.consents = requireNonNull(consents);
    this.policies = requireNonNull(policies);
    this.access = requireNonNull(access);
    this.audit = requireNonNull(audit);
    this.seal = new ReferralSeal(requireNonNull(cipher));
    this.alerting = requireNonNull(alerting);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public Seen open(Actor actor, OpenCommand command) {
    validator.validate(command);
    ReferralId id = ReferralId.newId();
    return audited(actor, AuditSubject.asked("STUDENT", command.studentId()), AuditAction.CREATE, () -> {
      Visibility refer = access.visibility(actor, Action.REFER_STUDENTS);
      if (!refer.permitted()) {
        throw new ForbiddenException(Bilingual.of("无权发起心理危机转介", "no role of yours opens referrals"));
      }
      Student student = student(actor, command.studentId());
      if (!refer.includesSchool(student.school())) {
        throw new NotFoundException("student", command.studentId());
      }
      Partner institution = institution(actor, "institutionId", command.institutionId());
      RuleViolationException.throwIfRejected(ReferralRules.mayOpen(command.sharedSummary()));
      List<Consent> given = consents.consentsOf(actor.district(), student.id());
      RuleViolationException.throwIfRejected(ConsentRules.mayRefer(given, student.id(), command.urgency(),
          command.emergencyReason(), actor.today()));
      boolean emergency = ConsentRules.emergencyPath(given, student.id(), command.emergencyReason(), actor.today());
      ConsentId consent = emergency ? null : ConsentRules.inForce(given, student.id(),
          ConsentPurpose.MEDICAL_REFERRAL, actor.today()).get(0).id();
      Instant now = now();
      // the student's 一生一档 file, if one is open (a crisis may come before a file): linked for the school's follow-up
      MentalHealthFileId file = files.ofStudent(actor.district(), student.id()).map(MentalHealthFile::id)
          .orElse(null);
      Referral r = Referral.open(id, actor.district(), student.school(), student.id(), file, institution.id(),
          command.urgency(), command.sharedSummary().strip(), consent, emergency ? command.emergencyReason() : null,
          actor.userId(), now);
      if (emergency) {
        // PIPL Art. 18(2): informed afterwards — the alert goes out with the referral, and the referral records it
        alertGuardians(r, AlertKind.REFERRAL_EMERGENCY, Bilingual.of(
            "学校已依法为您的孩子紧急办理心理危机转介至医疗机构，请尽快联系学校心理健康教师。",
            "The school has made an emergency referral of your child to a medical institution; please contact the "
                + "school's counsellor as soon as possible."));
        r = r.guardianInformed(now);
      } else {
        alertStep(r);
      }
      referrals.add(seal.seal(r));
      audit.record(actor, new AuditSubject(SUBJECT, id.value()), AuditAction.CREATE,
          // the reason code stays on the referral: it says what the crisis is, and the trail never holds content
          emergency ? "OPEN:EMERGENCY" : "OPEN:CONSENT", AuditOutcome.ALLOWED);
      return see(actor, r, Capacity.SCHOOL, now);
    });
  }

  @Override
  public Seen get(Actor actor, String referralId) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, referralId);
    return audit.audited(actor, subject, AuditAction.READ, "READ", () -> {
      Readers readers = readers(actor);
      Referral r = find(actor, referralId);
      Capacity capacity = readers.capacity(r).orElseThrow(() -> new NotFoundException("referral", referralId));
      return see(actor, r, capacity, now());
    });
  }

  @Override
  public Page list(Actor actor, Filter filter, int offset, int limit) {
    Filter f = filter == null ? Filter.NONE : filter;
    return audit.audited(actor, AuditSubject.asked(SUBJECT, f.schoolId() != null ? "SCHOOL:" + f.schoolId()
        : f.studentId() != null ? "STUDENT:" + f.studentId() : "-"), AuditAction.LIST, "LIST", () -> {
          List<Seen> seen = visible(actor, f);
          int from = Math.min(offset, seen.size());
          List<Seen> page = seen.subList(from, Math.min(from + limit, seen.size()));
          readEach(actor, page, "LIST");
          return new Page(page, seen.size());
        });
  }

  @Override
  public List<Seen> breaches(Actor actor) {
    return audit.audited(actor, AuditSubject.asked(SUBJECT, "-"), AuditAction.LIST, "BREACHES",
        () -> {
          List<Seen> breached = visible(actor, Filter.NONE).stream().filter(s -> !s.breaches().isEmpty()).toList();
          readEach(actor, breached, "BREACHES");
          return breached;
        });
  }

  /** One READ event per referral a list shows, so that the trail answers "who saw this student's referral". */
  private void readEach(Actor actor, List<Seen> shown, String purpose) {
    for (Seen s : shown) {
      audit.record(actor, new AuditSubject(SUBJECT, s.id().value()), AuditAction.READ, purpose, AuditOutcome.ALLOWED);
    }
  }

  @Override
  public Seen step(Actor actor, StepCommand command) {
    validator.validate(command);
    if (command.action() == ReferralAction.REROUTE) {
      throw InvalidInputException.of("action", "reroute", "改转请使用改转操作（需指定新机构）",
          "a reroute names the new institution: use the reroute step");
    }
    int max = command.action() == ReferralAction.RECORD_OUTCOME || command.action() == ReferralAction.RETURN_TO_SCHOOL
        ? Referral.MAX_TEXT : ReferralEvent.MAX_NOTE;
    if (command.text() != null && command.text().strip().length() > max) {
      throw InvalidInputException.of(fieldOf(command.action()), "Size", "不能超过 " + max + " 个字符",
          "must be at most " + max + " characters");
    }
    AuditSubject subject = AuditSubject.asked(SUBJECT, command.referralId());
    return audit.audited(actor, subject, AuditAction.UPDATE, "STEP:" + command.action().name(), () -> {
      Referral r = acting(actor, command.referralId(), command.action(), command.expectedVersion(), command.text(),
          null);
      Instant now = now();
      String text = command.text() == null || command.text().isBlank() ? null : command.text().strip();
      Referral next = switch (command.action()) {
        case ACCEPT -> r.accepted(actor.userId(), now);
        case REJECT -> r.rejected(actor.userId(), now, text);
        case RECORD_OUTCOME -> r.outcomeRecorded(actor.userId(), now, text);
        case RETURN_TO_SCHOOL -> r.returnedToSchool(actor.userId(), now, text);
        case CLOSE -> r.closed(actor.userId(), now);
        case WITHDRAW -> r.withdrawn(actor.userId(), now, text);
        case REROUTE -> throw new IllegalStateException("handled above");
      };
      alertStep(next);
      Referral stored = seal.open(referrals.update(seal.seal(next)));
      return see(actor, stored, sideOf(command.action()), now);
    });
  }

  @Override
  public Seen reroute(Actor actor, RerouteCommand command) {
    validator.validate(command);
    AuditSubject subject = AuditSubject.asked(SUBJECT, command.referralId());
    return audit.audited(actor, subject, AuditAction.UPDATE, "STEP:REROUTE", () -> {
      Partner to = institution(actor, "institutionId", command.institutionId());
      Referral r = acting(actor, command.referralId(), ReferralAction.REROUTE, command.expectedVersion(),
          command.reason(), to.id());
      Instant now = now();
      Referral.Reroute reroute = r.rerouted(ReferralId.newId(), to.id(), actor.userId(), now,
          command.reason().strip());
      Referral opened = reroute.opened();
      if (r.consent() != null) {
        // a new institution gets the case only on a consent in force today (PIPL Art. 15: a revoked consent stops
        // the processing); the new referral rests on the consent in force now
        List<Consent> given = consents.consentsOf(actor.district(), r.student());
        List<Consent> inForce = ConsentRules.inForce(given, r.student(), ConsentPurpose.MEDICAL_REFERRAL,
            actor.today());
        if (inForce.isEmpty()) {
          RuleViolationException.throwIfRejected(consents.require(actor.district(), r.student(),
              ConsentPurpose.MEDICAL_REFERRAL, actor.today()));
        }
        opened = Referral.reconstitute(opened.id(), opened.district(), opened.school(), opened.student(),
            opened.file(), opened.institution(), opened.urgency(), opened.status(), opened.sharedSummary(),
            inForce.get(0).id(), null, opened.guardianInformedAt(), null, null, opened.reroutedFrom(), null,
            opened.history(), 0);
      }
      reroute = new Referral.Reroute(reroute.ended(), opened);
      referrals.add(seal.seal(reroute.opened()));
      referrals.update(seal.seal(reroute.ended()));
      alertStep(reroute.ended());
      audit.record(actor, new AuditSubject(SUBJECT, reroute.opened().id().value()), AuditAction.CREATE,
          "OPEN:REROUTE:" + r.id().value(), AuditOutcome.ALLOWED);
      return see(actor, reroute.opened(), Capacity.SCHOOL, now);
    });
  }

  /**
   * The referral {@code id} for a step of {@code action}: the actor takes the action's side if they hold it, else
   * the side they hold (so the rule names the wrong side); one who only reads is forbidden, anyone else gets a
   * not-found. Then the version read (else a stale conflict) and the rules.
   */
  private Referral acting(Actor actor, String id, ReferralAction action, long expectedVersion, String text,
      PartnerId newInstitution) {
    Readers readers = readers(actor);
    Referral r = find(actor, id);
    boolean school = readers.refer().includesSchool(r.school());
    boolean institution = readers.answer().includesPartner(r.institution());
    ReferralAction.Side side;
    if (action.side() == ReferralAction.Side.SCHOOL ? school : institution) {
      side = action.side();
    } else if (school || institution) {
      side = school ? ReferralAction.Side.SCHOOL : ReferralAction.Side.INSTITUTION;
    } else if (readers.capacity(r).isPresent()) {
      throw new ForbiddenException(Bilingual.of("可以查看该转介，但无权办理转介环节",
          "you may read this referral but take no step on it"));
    } else {
      throw new NotFoundException("referral", id);
    }
    if (r.version() != expectedVersion) {
      throw ConflictException.stale("referral", id);
    }
    Decision d = ReferralRules.mayApply(r, action, side, text, newInstitution);
    RuleViolationException.throwIfRejected(d);
    return r;
  }

  private List<Seen> visible(Actor actor, Filter f) {
    Readers readers = readers(actor);
    Instant now = now();
    List<Seen> seen = new ArrayList<>();
    for (Sealed s : referrals.all(actor.district())) {
      if ((f.status() != null && s.status() != f.status())
          || (f.schoolId() != null && !s.school().value().equals(f.schoolId()))
          || (f.studentId() != null && !s.student().value().equals(f.studentId()))) {
        continue;
      }
      Optional<Capacity> capacity = readers.capacity(s.school(), s.institution());
      if (capacity.isPresent()) {
        seen.add(see(actor, seal.open(s), capacity.get(), now));
      }
    }
    return seen;
  }

  /** What the actor is to a referral: the school's staff, the district officer, the institution's clinician. */
  private record Readers(Visibility refer, Visibility read, Visibility answer) {
    Optional<Capacity> capacity(Referral r) {
      return capacity(r.school(), r.institution());
    }

    Optional<Capacity> capacity(SchoolId school, PartnerId institution) {
      if (refer.includesSchool(school)) {
        return Optional.of(Capacity.SCHOOL);
      }
      if (read.includesSchool(school)) {
        return Optional.of(Capacity.DISTRICT);
      }
      if (read.includesPartner(institution)) {
        return Optional.of(Capacity.INSTITUTION);
      }
      return Optional.empty();
    }
  }

  private Readers readers(Actor actor) {
    Visibility read = access.visibility(actor, Action.READ_REFERRALS);
    if (!read.permitted()) {
      throw new ForbiddenException(Bilingual.of("无权查看心理危机转介", "no role of yours reads referrals"));
    }
    return new Readers(access.visibility(actor, Action.REFER_STUDENTS), read,
        access.visibility(actor, Action.ANSWER_REFERRALS));
  }

  /** The view of {@code r} for {@code capacity}: what the capacity may not see is left out here, not in the adapter. */
  private Seen see(Actor actor, Referral r, Capacity capacity, Instant now) {
    boolean school = capacity == Capacity.SCHOOL;
    boolean institution = capacity == Capacity.INSTITUTION;
    Optional<Student> student = roster.studentById(r.district(), r.student());
    String name = student.map(s -> school ? s.name() : s.maskedName()).orElse("*");
    int age = student.map(s -> s.ageOn(now.atZone(ZONE).toLocalDate())).orElse(0);
    String schoolName = schools.byId(r.district(), r.school()).map(School::name).orElse(null);
    String institutionName = partners.byId(r.district(), r.institution()).map(Partner::name).orElse(null);
    List<Step> steps = r.history().stream().map(e -> new Step(e.status(), e.by(), e.at(),
        school || (institution && e.status() == ReferralStatus.REJECTED) ? e.note() : null)).toList();
    List<ReferralBreach> breaches = ReferralRules.breaches(r, now, settings(actor));
    return new Seen(r.id(), r.version(), capacity, r.school(), schoolName, institution ? null : r.student(), name,
        age, r.institution(),
        institutionName, r.urgency(), r.status(), r.sharedSummary(), r.emergencyReason() != null,
        school ? r.consent() : null, r.emergencyReason(), institution ? null : r.guardianInformedAt(),
        school || institution ? r.outcomeNote() : null, school ? r.followUpPlan() : null,
        institution ? null : r.reroutedFrom(), institution ? null : r.reroutedTo(), steps, breaches,
        institution ? null : r.file());
  }

  /** Tells the student's guardians that the referral reached its current status (never its content). */
  private void alertStep(Referral r) {
    ReferralStatus s = r.status();
    alertGuardians(r, AlertKind.REFERRAL_STEP, Bilingual.of(
        "您孩子的心理健康转介有新进展：" + s.label().zh() + "。详情请联系学校心理健康教师。",
        "Your child's referral has a new step: " + s.label().en() + ". Please contact the school's counsellor."));
  }

  private void alertGuardians(Referral r, AlertKind kind, Bilingual text) {
    alerting.alertGuardiansOf(r.district(), r.student(), kind, SUBJECT, r.id().value(), text);
  }

  private MentalHealthSettings settings(Actor actor) {
    return policies.active(actor.district()).map(p -> p.localSettings().mentalHealth())
        .orElse(MentalHealthSettings.defaults());
  }

  /** A partner of the district that is a mental-health medical institution (三(六)4), else a field error. */
  private Partner institution(Actor actor, String field, String id) {
    Optional<Partner> p;
    try {
      p = partners.byId(actor.district(), PartnerId.of(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      p = Optional.empty();
    }
    return p.filter(x -> x.optionalResourceKind().filter(k -> k == SocialResourceKind.MEDICAL_INSTITUTION).isPresent())
        .orElseThrow(() -> InvalidInputException.of(field, "institution", "不是本区登记的医疗卫生机构",
            "not a medical institution registered as a partner of the district"));
  }

  private Referral find(Actor actor, String id) {
    ReferralId rid;
    try {
      rid = ReferralId.of(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("referral", id);
    }
    return referrals.byId(actor.district(), rid).map(seal::open)
        .orElseThrow(() -> new NotFoundException("referral", id));
  }

  private Student student(Actor actor, String studentId) {
    return roster.requireStudent(actor.district(), studentId);
  }


  private static Capacity sideOf(ReferralAction action) {
    return action.side() == ReferralAction.Side.SCHOOL ? Capacity.SCHOOL : Capacity.INSTITUTION;
  }

  private static String fieldOf(ReferralAction action) {
    return switch (action) {
      case RECORD_OUTCOME -> "outcome";
      case RETURN_TO_SCHOOL -> "followUpPlan";
      default -> "reason";
    };
  }

  /**
   * Runs {@code work} in one transaction (which records its own ALLOWED event with the purpose it learns); a refusal
   * (not found, forbidden) is recorded as DENIED on {@code subject} in a transaction of its own.
   */
  private <T> T audited(Actor actor, AuditSubject subject, AuditAction action, Supplier<T> work) {
    return audit.deniedIfRefused(actor, subject, action, "OPEN", work);
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
