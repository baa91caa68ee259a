package org.jiaolianti.application.breakglass;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.alert.Alerting;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase;
import org.jiaolianti.application.breakglass.port.in.CloseExpiredBreakGlassUseCase;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses.Stored;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.mentalhealth.BreakGlass;
import org.jiaolianti.domain.mentalhealth.BreakGlassId;
import org.jiaolianti.domain.mentalhealth.BreakGlassRules;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Break-glass (五(二)2) over {@link BreakGlassRules}. Audit events (subject {@code STUDENT}/the student id, purpose
 * {@code BREAK_GLASS:<access id>}, never the reason text): a START when opened (a DENIED one when refused), a STOP
 * when stopped, and for an access that expired unstopped a STOP (by {@code system}, purpose
 * {@code BREAK_GLASS_EXPIRED:<access id>}) the first time it is read or listed after its expiry, once. Opening an
 * access alerts the school's mental-health lead ({@link AlertKind#BREAK_GLASS_OPENED}, subject
 * {@code BREAK_GLASS}/the access id) in the same transaction: who opened it and until when, never the reason.
 */
public final class BreakGlassService implements BreakGlassUseCase, BreakGlassCheck, CloseExpiredBreakGlassUseCase {

  static final String SUBJECT = "STUDENT";
  /** The subject type of the lead's alert (its id is the access id). */
  public static final String ALERT_SUBJECT = "BREAK_GLASS";
  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  private final BreakGlassAccesses accesses;
  private final Roster roster;
  private final CounsellorTeam team;
  private final Policies policies;
  private final AccessControl access;
  private final Audit audit;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;
  private final Alerting alerting;
  private final FieldCipher cipher;

  public BreakGlassService(BreakGlassAccesses accesses, Roster roster, CounsellorTeam team, Policies policies,
      AccessControl access, Audit audit, Transactions tx, Clock clock, CommandValidator validator,
      Alerting alerting, FieldCipher cipher) {
    this.accesses = requireNonNull(accesses);
    this.roster = requireNonNull(roster);
    this.team = requireNonNull(team);
    this.policies = requireNonNull(policies);
    this.access = requireNonNull(access);
    this.audit = requireNonNull(audit);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
    this.alerting = requireNonNull(alerting);
    this.cipher = requireNonNull(cipher);
  }

  @Override
  public Stored start(Actor actor, StartCommand command) {
    validator.validate(command);
    BreakGlassId id = BreakGlassId.newId();
    return audit.audited(actor, AuditSubject.asked(SUBJECT, command.studentId()), AuditAction.BREAK_GLASS_START,
        "BREAK_GLASS:" + id.value(), () -> {
          access.check(actor, Action.BREAK_GLASS, new Target.District(actor.district()));
          Student student = student(actor, command.studentId());
          Instant now = now();
          List<BreakGlass> own = accesses.all(actor.district()).stream().map(Stored::access)
              .filter(b -> b.user().equals(actor.userId())).toList();
          RuleViolationException.throwIfRejected(BreakGlassRules.mayStart(own, actor.userId(), student.id(),
              command.reason(), now));
          MentalHealthSettings settings = policies.active(actor.district())
              .map(p -> p.localSettings().mentalHealth()).orElse(MentalHealthSettings.defaults());
          BreakGlass b = BreakGlass.start(id, actor.district(), actor.userId(), student.id(), command.reason().strip(),
              now, settings);
          Stored stored = new Stored(b, student.school(), lead(actor, student.school()), false);
          accesses.add(sealed(stored));
          alertLead(actor, stored);
          return stored;
        });
  }

  @Override
  public Stored stop(Actor actor, String id) {
    return tx.inTransaction(() -> {
      Stored s = closeIfExpired(visible(actor, id));
      if (!s.access().user().equals(actor.userId())) {
        throw new ForbiddenException(Bilingual.of("只能结束本人的紧急调阅", "only the officer who opened it stops it"));
      }
      Instant now = now();
      RuleViolationException.throwIfRejected(BreakGlassRules.mayStop(s.access(), now));
      Stored stopped = opened(accesses.update(sealed(s.withAccess(s.access().stopped(now), true))));
      audit.record(actor, new AuditSubject(SUBJECT, s.access().student().value()), AuditAction.BREAK_GLASS_STOP,
          "BREAK_GLASS:" + s.access().id().value(), AuditOutcome.ALLOWED);
      return stopped;
    });
  }

  @Override
  public List<Stored> list(Actor actor, String schoolId) {
    return tx.inTransaction(() -> {
      Readers readers = readers(actor);
      SchoolId only = null;
      if (schoolId != null) {
        try {
          only = SchoolId.of(schoolId);
        } catch (IllegalArgumentException e) {
          throw new NotFoundException("school", schoolId);
        }
        if (!readers.own().permitted() && !readers.others().includesSchool(only)) {
          throw new NotFoundException("school", schoolId);
        }
      }
      List<Stored> seen = new ArrayList<>();
      for (Stored s : accesses.all(actor.district())) {
        if (readers.visible(actor, s) && (only == null || s.school().equals(only))) {
          seen.add(opened(closeIfExpired(s)));
        }
      }
      return seen;
    });
  }

  @Override
  public Stored get(Actor actor, String id) {
    return tx.inTransaction(() -> opened(closeIfExpired(visible(actor, id))));
  }

  @Override
  public boolean active(Actor actor, StudentId student) {
    Instant now = clock.now();
    return tx.inTransaction(() -> BreakGlassRules.active(
        accesses.all(actor.district()).stream().map(Stored::access).toList(), actor.userId(), student, now));
  }

  @Override
  public int closeExpired() {
    int closed = 0;
    for (var district : policies.districts()) {
      closed += tx.inTransaction(() -> {
        int n = 0;
        for (Stored s : accesses.all(district)) {
          if (!s.endAudited() && !s.access().activeAt(now())) {
            closeIfExpired(s);
            n++;
          }
        }
        return n;
      });
    }
    return closed;
  }

  /** Tells the school's lead (if the school has one) who opened an access and until when; never the reason. */
  private void alertLead(Actor actor, Stored s) {
    if (s.schoolLead() == null) {
      return;
    }
    String who = actor.user().displayName() + " (" + actor.user().username() + ")";
    String until = UNTIL.format(s.access().expiresAt());
    alerting.alertUser(actor.district(), s.schoolLead(), AlertKind.BREAK_GLASS_OPENED, ALERT_SUBJECT,
        s.access().id().value(), Bilingual.of(
            who + " 已对本校一名学生开启紧急调阅，至 " + until + "（北京时间）止；详情见紧急调阅记录。",
            who + " opened break-glass access to a student of your school until " + until
                + " (Asia/Shanghai); see the break-glass record."));
  }

  /**
   * The reason sealed for storage (it may describe a crisis): AES-GCM bound to this access. A stored reason is only
   * ever given back opened, to those who may read the access.
   */
  private Stored sealed(Stored s) {
    BreakGlass b = s.access();
    String reason = b.reason();
    return FieldCipher.isSealed(reason) ? s
        : s.withAccess(b.withReason(cipher.encrypt(reason, BreakGlass.reasonContext(b.district(), b.id()))),
            s.endAudited());
  }

  /** The stored access with its reason opened; a reason stored before sealing (plain) is given as it is. */
  private Stored opened(Stored s) {
    BreakGlass b = s.access();
    return FieldCipher.isSealed(b.reason())
        ? s.withAccess(b.withReason(cipher.decrypt(b.reason(), BreakGlass.reasonContext(b.district(), b.id()))),
            s.endAudited())
        : s;
  }

  /** Writes the STOP event of an access that expired unstopped, once. */
  private Stored closeIfExpired(Stored s) {
    BreakGlass b = s.access();
    if (s.endAudited() || b.activeAt(now())) {
      return s;
    }
    Stored closed = accesses.update(s.withAccess(b, true));
    // the event is written when the expiry is noticed (within a minute on the server); the purpose keeps its instant
    audit.recordSystem(b.district(), new AuditSubject(SUBJECT, b.student().value()), AuditAction.BREAK_GLASS_STOP,
        "BREAK_GLASS_EXPIRED:" + b.id().value() + "@" + b.endsAt());
    return closed;
  }

  private Stored visible(Actor actor, String id) {
    Readers readers = readers(actor);
    BreakGlassId bid;
    try {
      bid = BreakGlassId.of(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("break-glass access", id);
    }
    return accesses.byId(actor.district(), bid).filter(s -> readers.visible(actor, s))
        .orElseThrow(() -> new NotFoundException("break-glass access", id));
  }

  /** BREAK_GLASS: one's own accesses; READ_BREAK_GLASS: district-wide all, a school's only for its recorded lead. */
  private record Readers(Visibility own, Visibility others) {
    boolean visible(Actor actor, Stored s) {
      return (own.permitted() && s.access().user().equals(actor.userId())) || others.districtWide()
          || (others.includesSchool(s.school()) && actor.userId().equals(s.schoolLead()));
    }
  }

  private Readers readers(Actor actor) {
    Visibility own = access.visibility(actor, Action.BREAK_GLASS);
    Visibility others = access.visibility(actor, Action.READ_BREAK_GLASS);
    if (!own.permitted() && !others.permitted()) {
      access.check(actor, Action.READ_BREAK_GLASS, new Target.District(actor.district()));
    }
    return new Readers(own, others);
  }

  private Student student(Actor actor, String studentId) {
    return roster.requireStudent(actor.district(), studentId);
  }


  /** The school's mental-health lead today, if any (五(二)3). */
  private UserId lead(Actor actor, SchoolId school) {
    Optional<CounsellorPost> lead = team.posts(actor.district()).stream()
        .filter(p -> p.school().equals(school) && p.lead() && p.activeOn(actor.today())).findFirst();
    return lead.map(CounsellorPost::counsellor).orElse(null);
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
