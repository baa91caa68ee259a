package org.jiaolianti.application.homeschool;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.homeschool.port.in.AnswerNoticeUseCase;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;
import org.jiaolianti.application.homeschool.port.out.Notices;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ForbiddenException;
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
import org.jiaolianti.domain.homeschool.Audience;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.homeschool.NoticeRules;
import org.jiaolianti.domain.homeschool.NoticeRules.ReceiptAction;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.policy.HomeSchoolSettings;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Notices (学校通知一键直达, 五(一)2): publishing in one transaction (the notice, one receipt per guardian and
 * <em>one</em> outbox row for the whole publication, a {@link NoticeFanout} available at the release — the
 * {@link NoticeDispatcher} expands it into one delivery per guardian later, chunk by chunk), the guardrails,
 * statistics, reminders (one outbox delivery per unread guardian, written with the reminder) and the
 * guardian's inbox. Access is decided here,
 * through {@link AccessControl}, including the narrowing of a teacher's class permissions to their own
 * classes.
 */
public final class NoticeService implements PublishNoticeUseCase, NoticeQueries, AnswerNoticeUseCase {

  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Notices notices;
  private final NoticeOutbox outbox;
  private final Roster roster;
  private final Schools schools;
  private final Policies policies;
  private final AccessControl access;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public NoticeService(Notices notices, NoticeOutbox outbox, Roster roster, Schools schools, Policies policies,
      AccessControl access, Transactions tx, Clock clock, CommandValidator validator) {
    this.notices = requireNonNull(notices, "notices");
    this.outbox = requireNonNull(outbox, "outbox");
    this.roster = requireNonNull(roster, "roster");
    this.schools = requireNonNull(schools, "schools");
    this.policies = requireNonNull(policies, "policies");
    this.access = requireNonNull(access, "access");
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
    this.validator = requireNonNull(validator, "validator");
  }

  // ---------------------------------------------------------------- publishing

  @Override
  public Notice publish(Actor actor, PublishNoticeCommand command) {
    requireNonNull(actor, "actor");
    validator.validate(command);
    DistrictCode district = actor.district();
    Audience audience = audience(command);
    Set<ClassId> onlyClasses = checkPublish(actor, audience, command.urgent());
    return tx.inTransaction(() -> {
      Resolution r = resolve(district, audience, onlyClasses);
      if (r.recipients.isEmpty()) {
        throw InvalidInputException.of("audience", "NoRecipients", "该通知对象中没有可送达的家长",
            "no guardian in the audience to deliver to");
      }
      String text = command.title() + "\n" + command.body();
      RuleViolationException.throwIfRejected(NoticeRules.studentNames(text, r.group, command.confirmNamesStudent()));
      boolean namesStudent = command.confirmNamesStudent() && NoticeRules.namedStudent(text, r.group).isPresent();
      Optional<Policy> policy = policies.active(district);
      HomeSchoolSettings settings = policy.map(p -> p.localSettings().homeSchool()).orElse(HomeSchoolSettings.defaults());
      ZoneId zone = policy.map(p -> p.document().timeZone()).orElse(DEFAULT_ZONE);
      Instant now = clock.now();
      Instant releaseAt = NoticeRules.releaseAt(settings, zone, now, command.urgent());
      if (!command.urgent() && !r.classes.isEmpty()) {
        LocalDate day = releaseAt.atZone(zone).toLocalDate();
        List<Notice> sameDay = notices.releasedBetween(district, day.atStartOfDay(zone).toInstant(),
            day.plusDays(1).atStartOfDay(zone).toInstant()).stream().filter(n -> !n.urgent()).toList();
        for (SchoolClass c : r.classes) {
          long already = sameDay.stream().filter(n -> n.audience().reachesClass(c)).count();
          RuleViolationException.throwIfRejected(NoticeRules.dailyCap(settings, c, false, already));
        }
      }
      Notice notice = new Notice(NoticeId.newId(), district, audience, command.title().strip(), command.body().strip(),
          command.mode(), command.urgent(), namesStudent, actor.userId(), now, releaseAt, r.recipients.size(), 0);
      List<NoticeReceipt> receipts = new ArrayList<>(r.recipients.size());
      r.recipients.forEach((guardian, students) ->
          receipts.add(NoticeReceipt.issue(NoticeReceiptId.newId(), district, notice.id(), guardian, students)));
      notices.add(notice);
      notices.addReceipts(receipts);
      outbox.enqueueFanout(NoticeFanout.of(notice));
      return notice;
    });
  }

  @Override
  public int remind(Actor actor, RemindCommand command) {
    requireNonNull(actor, "actor");
    validator.validate(command);
    DistrictCode district = actor.district();
    Notice notice = tx.inTransaction(() -> readable(actor, command.noticeId()));
    if (!canPublish(actor, notice)) {
      throw new ForbiddenException(org.jiaolianti.domain.shared.Bilingual.of("无权提醒：仅可由有权发布该通知者提醒",
          "not permitted to remind: only those who may publish the notice can"));
    }
    return tx.inTransaction(() -> {
      Optional<Policy> policy = policies.active(district);
      HomeSchoolSettings settings = policy.map(p -> p.localSettings().homeSchool()).orElse(HomeSchoolSettings.defaults());
      ZoneId zone = policy.map(p -> p.document().timeZone()).orElse(DEFAULT_ZONE);
      Instant at = NoticeRules.releaseAt(settings, zone, clock.now(), notice.urgent());
      if (at.isBefore(notice.releaseAt())) {
        at = notice.releaseAt();
      }
      List<NoticeDelivery> deliveries = new ArrayList<>();
      for (NoticeReceipt receipt : notices.receiptsOf(district, notice.id())) {
        if (!receipt.isRead()) {
          NoticeReceipt reminded = notices.updateReceipt(receipt.reminded());
          deliveries.add(NoticeDelivery.of(reminded, NoticeDelivery.Kind.REMINDER, at));
        }
      }
      outbox.enqueue(deliveries);
      return deliveries.size();
    });
  }

  private static Audience audience(PublishNoticeCommand c) {
    SchoolId school = c.schoolId() == null ? null : SchoolId.of(c.schoolId());
    if (c.audience() != AudienceKind.DISTRICT && school == null) {
      throw missing("schoolId");
    }
    return switch (c.audience()) {
      case DISTRICT -> Audience.district();
      case SCHOOL -> Audience.school(school);
      case GRADE -> {
        if (c.grade() == null) {
          throw missing("grade");
        }
        yield Audience.grade(school, c.grade());
      }
      case CLASS -> {
        if (c.classId() == null) {
          throw missing("classId");
        }
        yield Audience.schoolClass(school, ClassId.of(c.classId()));
      }
      case GUARDIANS -> {
        if (c.guardianIds() == null || c.guardianIds().isEmpty()) {
          throw missing("guardianIds");
        }
        yield Audience.guardians(school, c.guardianIds().stream().map(GuardianId::of).collect(Collectors.toSet()));
      }
    };
  }

  private static InvalidInputException missing(String field) {
    return InvalidInputException.of(field, "NotNull", "该通知对象须提供此项", "required for this audience");
  }

  /**
   * Checks the actor may publish to {@code audience}; returns the classes a teacher is narrowed to, or null
   * when the actor may publish to the whole school (or district).
   */
  private Set<ClassId> checkPublish(Actor actor, Audience audience, boolean urgent) {
    DistrictCode district = actor.district();
    if (urgent || audience.kind() == AudienceKind.DISTRICT) {
      access.check(actor, Action.PUBLISH_NOTICES, new Target.District(district));
      return null;
    }
    if (access.visibility(actor, Action.PUBLISH_NOTICES).includesSchool(audience.school())) {
      return null;
    }
    Target.School target = new Target.School(district, audience.school());
    if (audience.kind() == AudienceKind.CLASS || audience.kind() == AudienceKind.GUARDIANS) {
      access.check(actor, Action.PUBLISH_CLASS_NOTICES, target);
      return ownClasses(actor);
    }
    access.check(actor, Action.PUBLISH_NOTICES, target);
    return null; // not reached: the check above throws
  }

  /** The classes of the actor's teacher assignments in force today. */
  private static Set<ClassId> ownClasses(Actor actor) {
    Set<ClassId> classes = new LinkedHashSet<>();
    for (Scope scope : actor.scopesOf(Role.TEACHER)) {
      if (scope.type() == ScopeType.CLASSES) {
        try {
          classes.add(ClassId.of(scope.reference()));
        } catch (IllegalArgumentException e) {
          // a malformed reference names no class
        }
      }
    }
    return classes;
  }

  /** Who receives a notice: guardians with the children concerned, the group's students and the classes reached. */
  private record Resolution(Map<GuardianId, List<StudentId>> recipients, List<Student> group, List<SchoolClass> classes) {}

  private Resolution resolve(DistrictCode district, Audience audience, Set<ClassId> onlyClasses) {
    List<Student> group = new ArrayList<>();
    List<SchoolClass> classes = new ArrayList<>();
    Map<GuardianId, List<StudentId>> recipients = new LinkedHashMap<>();
    // the audience's guardian links in bulk (two queries for a district, one for a school), never per student
    Map<StudentId, List<GuardianLink>> links = new HashMap<>();
    if (audience.kind() != AudienceKind.DISTRICT) {
      schools.byId(district, audience.school()).orElseThrow(() -> new NotFoundException("school", audience.school()));
    }
    switch (audience.kind()) {
      case DISTRICT -> {
        group.addAll(roster.studentsInDistrict(district));
        addLinks(links, roster.linksInDistrict(district));
      }
      case SCHOOL -> {
        group.addAll(roster.studentsOf(district, audience.school()));
        Set<ClassId> withStudents = group.stream().map(Student::schoolClass).filter(c -> c != null)
            .collect(Collectors.toSet());
        roster.classesOf(district, audience.school()).stream().filter(c -> withStudents.contains(c.id()))
            .forEach(classes::add);
      }
      case GRADE -> {
        roster.classesOf(district, audience.school()).stream().filter(c -> c.grade() == audience.grade())
            .forEach(classes::add);
        Set<ClassId> ids = classes.stream().map(SchoolClass::id).collect(Collectors.toSet());
        roster.studentsOf(district, audience.school()).stream()
            .filter(s -> s.schoolClass() != null && ids.contains(s.schoolClass())).forEach(group::add);
      }
      case CLASS -> {
        SchoolClass c = roster.classById(district, audience.schoolClass())
            .filter(x -> x.school().equals(audience.school()))
            .filter(x -> onlyClasses == null || onlyClasses.contains(x.id()))
            .orElseThrow(() -> new NotFoundException("class", audience.schoolClass()));
        classes.add(c);
        roster.studentsOf(district, audience.school()).stream().filter(s -> c.id().equals(s.schoolClass()))
            .forEach(group::add);
      }
      case GUARDIANS -> {
        for (GuardianId g : audience.guardians()) {
          roster.guardianById(district, g).orElseThrow(() -> new NotFoundException("guardian", g));
          List<Student> children = roster.linksOfGuardian(district, g).stream()
              .map(l -> roster.studentById(district, l.student())).flatMap(Optional::stream)
              .filter(s -> s.school().equals(audience.school()))
              .filter(s -> onlyClasses == null || (s.schoolClass() != null && onlyClasses.contains(s.schoolClass())))
              .toList();
          if (children.isEmpty()) {
            throw new NotFoundException("guardian", g); // no child of theirs where the sender may send
          }
          group.addAll(children);
          recipients.put(g, children.stream().map(Student::id).toList());
        }
        return new Resolution(recipients, group, classes);
      }
    }
    if (audience.kind() != AudienceKind.DISTRICT) {
      addLinks(links, roster.linksOfStudentsOf(district, audience.school()));
    }
    for (Student s : group) {
      // per student, its guardians by guardian id (the order linksOfStudent gives)
      for (GuardianLink link : links.getOrDefault(s.id(), List.of())) {
        recipients.computeIfAbsent(link.guardian(), x -> new ArrayList<>()).add(s.id());
      }
    }
    return new Resolution(recipients, group, classes);
  }

  /** Groups {@code bulk} (ordered by student, then guardian) by student into {@code links}. */
  private static void addLinks(Map<StudentId, List<GuardianLink>> links, List<GuardianLink> bulk) {
    for (GuardianLink link : bulk) {
      links.computeIfAbsent(link.student(), x -> new ArrayList<>(2)).add(link);
    }
  }

  // ---------------------------------------------------------------- reading

  @Override
  public List<Notice> notices(Actor actor) {
    requireNonNull(actor, "actor");
    Visibility all = access.visibility(actor, Action.READ_NOTICES);
    Visibility own = access.visibility(actor, Action.READ_CLASS_NOTICES);
    if (!all.permitted() && !own.permitted()) {
      throw new ForbiddenException(org.jiaolianti.domain.shared.Bilingual.of("无权执行此操作：" + Action.READ_NOTICES.label().zh(),
          "not permitted to " + Action.READ_NOTICES.label().en()));
    }
    Set<ClassId> classes = ownClasses(actor);
    return tx.inTransaction(() -> notices.all(actor.district()).stream()
        .filter(n -> canRead(actor, n, all, own, classes)).toList());
  }

  @Override
  public Notice notice(Actor actor, String noticeId) {
    requireNonNull(actor, "actor");
    return tx.inTransaction(() -> readable(actor, noticeId));
  }

  @Override
  public NoticeStatistics statistics(Actor actor, String noticeId) {
    requireNonNull(actor, "actor");
    return tx.inTransaction(() -> {
      Notice notice = readable(actor, noticeId);
      DistrictCode district = actor.district();
      List<NoticeReceipt> receipts = notices.receiptsOf(district, notice.id());
      boolean released = notice.isReleasedAt(clock.now());
      int read = (int) receipts.stream().filter(NoticeReceipt::isRead).count();
      int confirmed = (int) receipts.stream().filter(NoticeReceipt::isConfirmed).count();
      List<Outstanding> notYet = receipts.stream().filter(r -> !r.isDone(notice.mode()))
          .map(r -> new Outstanding(r.id(), r.guardian(),
              roster.guardianById(district, r.guardian()).map(Guardian::name).orElse(""),
              students(district, r.students(), true), r.isRead(), r.reminders()))
          .toList();
      return new NoticeStatistics(notice, receipts.size(), released ? receipts.size() : 0, read, confirmed, notYet);
    });
  }

  private Notice readable(Actor actor, String noticeId) {
    NoticeId id = noticeId(noticeId);
    Notice notice = notices.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("notice", noticeId));
    if (!canRead(actor, notice, access.visibility(actor, Action.READ_NOTICES),
        access.visibility(actor, Action.READ_CLASS_NOTICES), ownClasses(actor))) {
      throw new NotFoundException("notice", noticeId);
    }
    return notice;
  }

  private static boolean canRead(Actor actor, Notice n, Visibility all, Visibility own, Set<ClassId> classes) {
    if (all.districtWide() || (n.audience().school() != null && all.includesSchool(n.audience().school()))) {
      return true;
    }
    if (!own.permitted()) {
      return false;
    }
    if (n.sentBy().equals(actor.userId())) {
      return true;
    }
    return n.audience().kind() == AudienceKind.CLASS && own.includesSchool(n.audience().school())
        && classes.contains(n.audience().schoolClass());
  }

  private boolean canPublish(Actor actor, Notice n) {
    if (n.urgent() || n.audience().kind() == AudienceKind.DISTRICT) {
      return access.visibility(actor, Action.PUBLISH_NOTICES).districtWide();
    }
    if (access.visibility(actor, Action.PUBLISH_NOTICES).includesSchool(n.audience().school())) {
      return true;
    }
    Visibility own = access.visibility(actor, Action.PUBLISH_CLASS_NOTICES);
    if (!own.includesSchool(n.audience().school())) {
      return false;
    }
    return n.sentBy().equals(actor.userId()) || (n.audience().kind() == AudienceKind.CLASS
        && ownClasses(actor).contains(n.audience().schoolClass()));
  }

  private static NoticeId noticeId(String value) {
    try {
      return NoticeId.of(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("notice", value);
    }
  }

  private List<StudentRef> students(DistrictCode district, List<StudentId> ids, boolean masked) {
    return ids.stream().map(id -> roster.studentById(district, id)).flatMap(Optional::stream)
        .map(s -> new StudentRef(s.id(), masked ? s.maskedName() : s.name())).toList();
  }

  // ---------------------------------------------------------------- the guardian's inbox

  @Override
  public List<InboxItem> inbox(Actor actor) {
    Optional<GuardianId> me = me(actor);
    if (me.isEmpty()) {
      return List.of();
    }
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      Instant now = clock.now();
      Map<NoticeId, Optional<Notice>> byId = new LinkedHashMap<>();
      List<InboxItem> items = new ArrayList<>();
      for (NoticeReceipt r : notices.receiptsOfGuardian(district, me.get())) {
        Optional<Notice> n = byId.computeIfAbsent(r.notice(), id -> notices.byId(district, id));
        if (n.isPresent() && n.get().isReleasedAt(now)) {
          items.add(new InboxItem(r, n.get(), students(district, r.students(), false)));
        }
      }
      items.sort(Comparator.comparing((InboxItem i) -> i.notice().releaseAt()).reversed()
          .thenComparing(i -> i.receipt().id().value()));
      return List.copyOf(items);
    });
  }

  @Override
  public InboxItem read(Actor actor, String receiptId) {
    return answer(actor, receiptId, ReceiptAction.READ, null);
  }

  @Override
  public InboxItem confirm(Actor actor, String receiptId) {
    return answer(actor, receiptId, ReceiptAction.CONFIRM, null);
  }

  @Override
  public InboxItem sign(Actor actor, SignNoticeCommand command) {
    validator.validate(command);
    return answer(actor, command.receiptId(), ReceiptAction.SIGN, command.name().strip());
  }

  private InboxItem answer(Actor actor, String receiptId, ReceiptAction action, String signature) {
    GuardianId me = me(actor).orElseThrow(() -> new NotFoundException("notice receipt", receiptId));
    DistrictCode district = actor.district();
    return tx.inTransaction(() -> {
      Instant now = clock.now();
      NoticeReceipt receipt = receiptOf(district, receiptId).filter(r -> r.guardian().equals(me))
          .orElseThrow(() -> new NotFoundException("notice receipt", receiptId));
      Notice notice = notices.byId(district, receipt.notice()).filter(n -> n.isReleasedAt(now))
          .orElseThrow(() -> new NotFoundException("notice receipt", receiptId));
      RuleViolationException.throwIfRejected(NoticeRules.canDo(notice.mode(), action));
      NoticeReceipt next = switch (action) {
        case READ -> receipt.read(now);
        case CONFIRM -> receipt.confirm(now, null);
        case SIGN -> {
          if (!receipt.isConfirmed()) {
            Guardian g = roster.guardianById(district, me).orElseThrow(() -> new NotFoundException("guardian", me));
            RuleViolationException.throwIfRejected(NoticeRules.signature(g.name(), signature));
          }
          yield receipt.confirm(now, signature);
        }
      };
      NoticeReceipt stored = next.equals(receipt) ? receipt : notices.updateReceipt(next);
      return new InboxItem(stored, notice, students(district, stored.students(), false));
    });
  }

  private Optional<NoticeReceipt> receiptOf(DistrictCode district, String receiptId) {
    try {
      return notices.receiptById(district, NoticeReceiptId.of(receiptId));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** The actor's guardian record, after the RECEIVE_NOTICES check on their own account. */
  private Optional<GuardianId> me(Actor actor) {
    requireNonNull(actor, "actor");
    access.check(actor, Action.RECEIVE_NOTICES, new Target.User(actor.district(), actor.userId()));
    return actor.user().linkedGuardian();
  }
}
