package org.jiaolianti.application.mentalhealth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.breakglass.BreakGlassCheck;
import org.jiaolianti.application.consent.port.in.ConsentCheck;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.policy.port.out.Policies;
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
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.CareMarkEntry;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.CareRecordId;
import org.jiaolianti.domain.mentalhealth.CareRecordRules;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.LevelChange;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileRules;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * The 一生一档 file over {@link MentalHealthFileRules} and {@link CareRecordRules}. Every free text (level-change
 * reasons, care plans, record notes and plans) is sealed with the {@link FieldCipher} before it reaches the ports
 * (associated data: the record and the text's place in it) and opened only for a reader who sees notes. Every call
 * writes one audit event: ALLOWED in the use case's transaction, DENIED (not found / forbidden) in one of its own.
 * A policy refusal (422) or invalid input (400) rolls back and reads or writes nothing, so it is not audited.
 */
public final class MentalHealthFileService implements MentalHealthFilesUseCase {

  public static final String SUBJECT = "MENTAL_HEALTH_FILE";
  private static final Comparator<MentalHealthFile> OPENING_ORDER = Comparator
      .comparing(MentalHealthFile::openedAt).thenComparing(f -> f.id().value());

  private final MentalHealthFiles files;
  private final CareRecords records;
  private final Roster roster;
  private final Users users;
  private final RoleAssignments roles;
  private final CounsellorTeam team;
  private final Policies policies;
  private final AccessControl access;
  private final ConsentCheck consents;
  private final BreakGlassCheck breakGlass;
  private final Audit audit;
  private final FieldCipher cipher;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public MentalHealthFileService(MentalHealthFiles files, CareRecords records, Roster roster, Users users,
      RoleAssignments roles, CounsellorTeam team, Policies policies, AccessControl access, ConsentCheck consents,
      BreakGlassCheck breakGlass, Audit audit, FieldCipher cipher, Transactions tx, Clock clock,
      CommandValidator validator) {
    this.files = requireNonNull(files);
    this.records = requireNonNull(records);
    this.roster = requireNonNull(roster);
    this.users = requireNonNull(users);
    this.roles = requireNonNull(roles);
    this.team = requireNonNull(team);
    this.policies = requireNonNull(policies);
    this.access = requireNonNull(access);
    this.consents = requireNonNull(consents);
    this.breakGlass = requireNonNull(breakGlass);
    this.audit = requireNonNull(audit);
    this.cipher = requireNonNull(cipher);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public SeenFile open(Actor actor, OpenCommand command) {
    validator.validate(command);
    MentalHealthFileId id = MentalHealthFileId.newId();
    return audited(actor, AuditSubject.asked("STUDENT", command.studentId()), AuditAction.CREATE, () -> {
      Student student = student(actor, command.studentId());
      access.check(actor, Action.WRITE_MENTAL_HEALTH_FILES, new Target.School(actor.district(), student.school()));
      MentalHealthSettings settings = settings(actor);
      Set<String> categories = new TreeSet<>();
      if (command.categories() != null) {
        command.categories().forEach(c -> categories.add(c.strip()));
      }
      RuleViolationException.throwIfRejected(consents.require(actor.district(), student.id(),
          ConsentPurpose.MENTAL_HEALTH_FILE, actor.today()));
      String level = command.level().strip();
      RuleViolationException.throwIfRejected(MentalHealthFileRules.mayOpen(
          files.ofStudent(actor.district(), student.id()), level, categories, settings));
      UserId counsellor = command.counsellorId() == null ? actor.userId() : UserId.of(command.counsellorId());
      requireCounsellorOf(actor, counsellor, student.school());
      String note = cipher.encrypt(command.note().strip(),
          MentalHealthFile.levelNoteContext(actor.district(), id, 0));
      MentalHealthFile file = MentalHealthFile.open(id, actor.district(), student.school(), student.id(),
          command.trigger(), level, categories, counsellor, actor.userId(), now(), note);
      files.add(file);
      audit.record(actor, new AuditSubject(SUBJECT, id.value()), AuditAction.CREATE, "OPEN:" + command.trigger(),
          AuditOutcome.ALLOWED);
      return seen(file, readingOf(actor, file), true);
    });
  }

  @Override
  public FilesPage list(Actor actor, FileFilter filter, int offset, int limit) {
    FileFilter f = filter == null ? FileFilter.NONE : filter;
    AuditSubject subject = AuditSubject.asked(SUBJECT, "LIST:" + (f.schoolId() == null ? "ALL" : f.schoolId()));
    return audited(actor, subject, AuditAction.LIST, () -> {
      Visibility readable = readable(actor);
      List<MentalHealthFile> candidates = new ArrayList<>();
      if (f.schoolId() != null) {
        SchoolId school = schoolId(f.schoolId());
        if (!readable.includesSchool(school)) {
          throw new NotFoundException("school", f.schoolId());
        }
        candidates.addAll(files.ofSchool(actor.district(), school));
      } else if (readable.districtWide()) {
        candidates.addAll(files.all(actor.district()));
      } else {
        for (SchoolId school : counsellorSchools(actor, readable)) {
          candidates.addAll(files.ofSchool(actor.district(), school));
        }
      }
      List<SeenFile> seen = candidates.stream().sorted(OPENING_ORDER)
          .filter(x -> f.level() == null || x.level().equals(f.level()))
          .filter(x -> f.counsellorId() == null
              || (x.counsellor() != null && x.counsellor().value().equals(f.counsellorId())))
          .map(x -> seen(x, listReading(actor, x), false)).toList();
      audit.record(actor, subject, AuditAction.LIST, "LIST:n=" + seen.size(), AuditOutcome.ALLOWED);
      int from = Math.min(offset, seen.size());
      List<SeenFile> page = seen.subList(from, Math.min(from + limit, seen.size()));
      // and one READ per file shown, so that the trail answers "who saw this student's file"
      for (SeenFile x : page) {
        audit.record(actor, new AuditSubject(SUBJECT, x.id().value()), AuditAction.READ, "LIST",
            AuditOutcome.ALLOWED);
      }
      return new FilesPage(page, seen.size());
    });
  }

  @Override
  public SeenFile get(Actor actor, String fileId) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, fileId);
    return audited(actor, subject, AuditAction.READ, () -> {
      readable(actor); // a role that never reads files learns nothing of an id: 403 whatever it is
      MentalHealthFile file = find(actor, fileId);
      Reading reading = reading(actor, file);
      audit.record(actor, subject, AuditAction.READ, purpose("FILE_READ", reading), AuditOutcome.ALLOWED);
      return seen(file, reading, true);
    });
  }

  @Override
  public SeenFile changeLevel(Actor actor, String fileId, ChangeLevelCommand command) {
    validator.validate(command);
    return change(actor, fileId, command.expectedVersion(), "LEVEL_CHANGE", false, (file, settings) -> {
      String level = command.level().strip();
      RuleViolationException.throwIfRejected(MentalHealthFileRules.mayChangeLevel(file, level, command.note(),
          settings));
      String note = cipher.encrypt(command.note().strip(), MentalHealthFile.levelNoteContext(file.district(),
          file.id(), file.levelHistory().size()));
      return file.withLevel(level, actor.userId(), now(), note);
    });
  }

  @Override
  public SeenFile setCategories(Actor actor, String fileId, CategoriesCommand command) {
    validator.validate(command);
    return change(actor, fileId, command.expectedVersion(), "CATEGORIES", false, (file, settings) -> {
      Set<String> categories = new TreeSet<>();
      command.categories().forEach(c -> categories.add(c.strip()));
      RuleViolationException.throwIfRejected(MentalHealthFileRules.maySetCategories(categories, settings));
      return file.withCategories(categories);
    });
  }

  @Override
  public SeenFile mark(Actor actor, String fileId, MarkCommand command) {
    validator.validate(command);
    return change(actor, fileId, command.expectedVersion(), "MARK", false, (file, settings) -> {
      RuleViolationException.throwIfRejected(MentalHealthFileRules.mayMark(command.mark(), command.plan()));
      String plan = cipher.encrypt(command.plan().strip(), MentalHealthFile.markPlanContext(file.district(),
          file.id(), command.mark()));
      return file.marked(command.mark(), plan, actor.userId(), now());
    });
  }

  @Override
  public SeenFile unmark(Actor actor, String fileId, CareMark mark, Long expectedVersion) {
    requireNonNull(mark, "mark");
    return change(actor, fileId, expectedVersion, "UNMARK", false, (file, settings) -> {
      RuleViolationException.throwIfRejected(MentalHealthFileRules.mayUnmark(file, mark));
      return file.unmarked(mark);
    });
  }

  @Override
  public SeenFile assignCounsellor(Actor actor, String fileId, AssignCommand command) {
    validator.validate(command);
    return change(actor, fileId, command.expectedVersion(), "ASSIGN_COUNSELLOR", true, (file, settings) -> {
      UserId counsellor = UserId.of(command.counsellorId());
      requireCounsellorOf(actor, counsellor, file.school());
      return file.withCounsellor(counsellor);
    });
  }

  @Override
  public SeenRecord record(Actor actor, String fileId, RecordCommand command) {
    validator.validate(command);
    AuditSubject subject = AuditSubject.asked(SUBJECT, fileId);
    return audited(actor, subject, AuditAction.CREATE, () -> {
      MentalHealthFile file = writable(actor, fileId, false);
      String plan = command.plan() == null || command.plan().isBlank() ? null : command.plan().strip();
      RuleViolationException.throwIfRejected(CareRecordRules.mayRecord(command.kind(), command.on(), plan,
          command.followUpOn(), actor.today()));
      CareRecordId id = CareRecordId.newId();
      CareRecord r = CareRecord.record(id, file.district(), file.id(), file.student(), command.kind(), command.on(),
          cipher.encrypt(command.note().strip(), CareRecord.noteContext(file.district(), id)),
          plan == null ? null : cipher.encrypt(plan, CareRecord.planContext(file.district(), id)),
          command.followUpOn(), actor.userId(), now());
      records.add(r);
      audit.record(actor, subject, AuditAction.CREATE, "CARE_RECORD:" + command.kind() + ":" + id.value(),
          AuditOutcome.ALLOWED);
      return seenRecord(r, Reading.CASELOAD, actor, true);
    });
  }

  @Override
  public List<SeenRecord> records(Actor actor, String fileId, boolean interventions) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, fileId);
    return audited(actor, subject, AuditAction.READ, () -> {
      readable(actor); // a role that never reads files learns nothing of an id: 403 whatever it is
      MentalHealthFile file = find(actor, fileId);
      Reading reading = reading(actor, file);
      List<SeenRecord> seen = records.ofFile(file.district(), file.id()).stream()
          .filter(r -> r.kind().intervention() == interventions)
          .map(r -> seenRecord(r, reading, actor, true)).toList();
      audit.record(actor, subject, AuditAction.READ,
          purpose(interventions ? "INTERVENTIONS_READ" : "OBSERVATIONS_READ", reading), AuditOutcome.ALLOWED);
      return seen;
    });
  }

  @Override
  public SeenRecord completeFollowUp(Actor actor, String fileId, String recordId, boolean interventions) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, fileId);
    return audited(actor, subject, AuditAction.UPDATE, () -> {
      MentalHealthFile file = writable(actor, fileId, false);
      CareRecord r = careRecord(file, recordId, interventions);
      RuleViolationException.throwIfRejected(CareRecordRules.mayCompleteFollowUp(r));
      CareRecord done = records.update(r.followedUp(actor.userId(), now()));
      audit.record(actor, subject, AuditAction.UPDATE, "FOLLOW_UP_DONE:" + r.id().value(), AuditOutcome.ALLOWED);
      return seenRecord(done, Reading.CASELOAD, actor, true);
    });
  }

  @Override
  public List<OverdueFollowUp> overdueFollowUps(Actor actor, String schoolId) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, "OVERDUE:" + (schoolId == null ? "ALL" : schoolId));
    return audited(actor, subject, AuditAction.LIST, () -> {
      Visibility readable = readable(actor);
      SchoolId only = null;
      if (schoolId != null) {
        only = schoolId(schoolId);
        if (!readable.includesSchool(only)) {
          throw new NotFoundException("school", schoolId);
        }
      }
      Set<SchoolId> leadOf = leadSchools(actor);
      Map<MentalHealthFileId, MentalHealthFile> byId = new LinkedHashMap<>();
      List<CareRecord> due = new ArrayList<>();
      for (CareRecord r : CareRecordRules.overdue(records.openFollowUps(actor.district()), actor.today())) {
        MentalHealthFile file = byId.computeIfAbsent(r.file(),
            id -> files.byId(actor.district(), id).orElse(null));
        if (file != null && (only == null || file.school().equals(only)) && readable.includesSchool(file.school())
            && (readable.districtWide() || leadOf.contains(file.school())
                || actor.userId().equals(file.counsellor()))) {
          due.add(r);
        }
      }
      List<OverdueFollowUp> overdue = due.stream().map(r -> {
        MentalHealthFile file = byId.get(r.file());
        return new OverdueFollowUp(r.id(), file.id(), file.student(), file.school(), file.counsellor(), r.kind(),
            r.followUpOn());
      }).toList();
      audit.record(actor, subject, AuditAction.LIST, "OVERDUE_FOLLOW_UPS:n=" + overdue.size(), AuditOutcome.ALLOWED);
      return overdue;
    });
  }

  @Override
  public List<AttentionFlag> attention(Actor actor, String classId) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, "ATTENTION:" + (classId == null ? "ALL" : classId));
    return audited(actor, subject, AuditAction.LIST, () -> {
      Visibility v = access.visibility(actor, Action.READ_MENTAL_HEALTH_ATTENTION);
      if (!v.permitted()) {
        throw new ForbiddenException(Bilingual.of("无权查看需关注提示", "no role of yours reads needs-attention flags"));
      }
      Set<String> own = references(actor, Role.TEACHER, ScopeType.CLASSES);
      if (classId != null && !own.contains(classId)) {
        throw new NotFoundException("class", classId);
      }
      MentalHealthSettings settings = settings(actor);
      List<AttentionFlag> flags = new ArrayList<>();
      for (String c : classId == null ? own : Set.of(classId)) {
        ClassId cid;
        try {
          cid = ClassId.of(c);
        } catch (IllegalArgumentException e) {
          continue; // a malformed scope reference reaches nothing
        }
        roster.classById(actor.district(), cid).filter(k -> v.includesSchool(k.school())).ifPresent(k -> {
          for (Student s : roster.studentsOf(actor.district(), k.school())) {
            if (cid.equals(s.schoolClass()) && files.ofStudent(actor.district(), s.id())
                .map(file -> file.needsAttention(settings)).orElse(false)) {
              flags.add(new AttentionFlag(s.id(), s.maskedName(), cid));
            }
          }
        });
      }
      audit.record(actor, subject, AuditAction.LIST, "ATTENTION_FLAGS:n=" + flags.size(), AuditOutcome.ALLOWED);
      return flags;
    });
  }

  @Override
  public GuardianSummary summary(Actor actor, String studentId) {
    return audited(actor, AuditSubject.asked("STUDENT", studentId), AuditAction.READ, () -> {
      if (!access.visibility(actor, Action.READ_MENTAL_HEALTH_SUMMARY).permitted()) {
        throw new ForbiddenException(Bilingual.of("无权查看心理档案摘要", "no role of yours reads file summaries"));
      }
      Student student = student(actor, studentId);
      if (!children(actor).contains(student.id())) {
        throw new NotFoundException("student", studentId);
      }
      MentalHealthSettings settings = settings(actor);
      boolean shown = settings.guardianSummaryShown();
      if (!shown) {
        // the seed decides whether guardians see a summary at all (issue 6); the refusal is audited as DENIED
        throw new ForbiddenException(Bilingual.of("本区设置不向监护人提供心理档案摘要（mentalHealth.guardianSummaryShown）",
            "the district shows guardians no file summary (seed mentalHealth.guardianSummaryShown)"));
      }
      Optional<MentalHealthFile> file = files.ofStudent(actor.district(), student.id());
      Bilingual label = file.filter(x -> shown).flatMap(x -> settings.level(x.level()))
          .map(MentalHealthSettings.LevelDefinition::label).orElse(null);
      UserId counsellor = file.map(MentalHealthFile::counsellor).orElse(null);
      String counsellorName = counsellor == null ? null
          : users.byId(actor.district(), counsellor).map(User::displayName).orElse(null);
      audit.record(actor, file.map(x -> new AuditSubject(SUBJECT, x.id().value()))
              .orElse(AuditSubject.asked("STUDENT", studentId)), AuditAction.READ,
          "GUARDIAN_SUMMARY", AuditOutcome.ALLOWED);
      return new GuardianSummary(student.id(), file.isPresent(), shown, label, counsellor, counsellorName);
    });
  }

  // ---- access ----

  /**
   * A change of one file by its counsellor ({@code leadMay}: or the school's mental-health lead), at the version the
   * caller read ({@code expected}, null: any): stale is a conflict before any rule is checked.
   */
  private SeenFile change(Actor actor, String fileId, Long expected, String purpose, boolean leadMay,
      BiFunction<MentalHealthFile, MentalHealthSettings, MentalHealthFile> change) {
    AuditSubject subject = AuditSubject.asked(SUBJECT, fileId);
    return audited(actor, subject, AuditAction.UPDATE, () -> {
      MentalHealthFile file = writable(actor, fileId, leadMay);
      if (expected != null && expected != file.version()) {
        throw ConflictException.stale("mental-health file", fileId);
      }
      MentalHealthFile stored = files.update(change.apply(file, settings(actor)));
      audit.record(actor, subject, AuditAction.UPDATE, purpose, AuditOutcome.ALLOWED);
      return seen(stored, readingOf(actor, stored), true);
    });
  }

  /** The file, if the actor may change it: WRITE on its school, and its counsellor (or, if allowed, the lead). */
  private MentalHealthFile writable(Actor actor, String fileId, boolean leadMay) {
    if (!access.visibility(actor, Action.WRITE_MENTAL_HEALTH_FILES).permitted()) {
      // a role that never writes files learns nothing of an id: 403 whatever it is
      throw new ForbiddenException(Bilingual.of("无权修改心理档案", "no role of yours changes mental-health files"));
    }
    MentalHealthFile file = find(actor, fileId);
    access.check(actor, Action.WRITE_MENTAL_HEALTH_FILES, new Target.School(actor.district(), file.school()));
    boolean own = actor.userId().equals(file.counsellor());
    if (!own && !(leadMay && leadSchools(actor).contains(file.school()))) {
      throw new ForbiddenException(Bilingual.of(leadMay ? "只有档案的负责心理教师或学校心理健康负责人可以指派"
          : "只有档案的负责心理教师可以修改", leadMay ? "only the file's counsellor or the school's mental-health lead "
          + "assigns its counsellor" : "only the file's counsellor changes it"));
    }
    // PIPL Art. 15: once the consent is revoked, processing that rests on it stops — the file stays readable to
    // those who may read it, but nothing more is added or changed
    RuleViolationException.throwIfRejected(consents.require(actor.district(), file.student(),
        ConsentPurpose.MENTAL_HEALTH_FILE, actor.today()));
    return file;
  }

  /** How the actor reads {@code file}; not found / forbidden as {@link AccessControl#check} decides. */
  private Reading reading(Actor actor, MentalHealthFile file) {
    access.check(actor, Action.READ_MENTAL_HEALTH_FILES, new Target.School(actor.district(), file.school()));
    return readingOf(actor, file);
  }

  /** For an actor already allowed to read {@code file}. */
  private Reading readingOf(Actor actor, MentalHealthFile file) {
    if (actor.has(Role.COUNSELLOR) && actor.userId().equals(file.counsellor())) {
      return Reading.CASELOAD;
    }
    if (actor.has(Role.DISTRICT_MH_OFFICER)) {
      return breakGlass.active(actor, file.student()) ? Reading.BREAK_GLASS : Reading.DISTRICT_OFFICER;
    }
    return Reading.SCHOOL_COUNSELLOR;
  }

  /** Lists never carry notes, so a list item needs no break-glass lookup. */
  private static Reading listReading(Actor actor, MentalHealthFile file) {
    if (actor.has(Role.COUNSELLOR) && actor.userId().equals(file.counsellor())) {
      return Reading.CASELOAD;
    }
    return actor.has(Role.DISTRICT_MH_OFFICER) ? Reading.DISTRICT_OFFICER : Reading.SCHOOL_COUNSELLOR;
  }

  private Visibility readable(Actor actor) {
    Visibility v = access.visibility(actor, Action.READ_MENTAL_HEALTH_FILES);
    if (!v.permitted()) {
      throw new ForbiddenException(Bilingual.of("无权查看心理档案", "no role of yours reads mental-health files"));
    }
    return v;
  }

  private static String purpose(String what, Reading reading) {
    return reading == Reading.BREAK_GLASS ? "BREAK_GLASS:" + what : what + ":" + reading;
  }

  /** The schools the actor's counsellor scopes name (SCHOOL and CASELOAD both reference a school). */
  private static Set<SchoolId> counsellorSchools(Actor actor, Visibility readable) {
    Set<SchoolId> schools = new LinkedHashSet<>();
    for (Scope s : actor.scopesOf(Role.COUNSELLOR)) {
      s.optionalReference().ifPresent(ref -> {
        try {
          SchoolId school = SchoolId.of(ref);
          if (readable.includesSchool(school)) {
            schools.add(school);
          }
        } catch (IllegalArgumentException e) {
          // a malformed scope reference reaches nothing
        }
      });
    }
    return schools;
  }

  /** The schools whose mental-health lead the actor is today (五(二)3). */
  private Set<SchoolId> leadSchools(Actor actor) {
    if (!actor.has(Role.COUNSELLOR)) {
      return Set.of();
    }
    Set<SchoolId> schools = new LinkedHashSet<>();
    team.posts(actor.district()).stream()
        .filter(p -> p.lead() && p.counsellor().equals(actor.userId()) && p.activeOn(actor.today()))
        .forEach(p -> schools.add(p.school()));
    return schools;
  }

  /** {@code user} holds the COUNSELLOR role for {@code school} today, or it is a 400 naming counsellorId. */
  private void requireCounsellorOf(Actor actor, UserId user, SchoolId school) {
    boolean counsellor = users.byId(actor.district(), user).filter(User::active).isPresent()
        && roles.ofUser(actor.district(), user).stream().anyMatch(a -> a.role() == Role.COUNSELLOR
            && !a.isRevoked() && a.period().contains(actor.today())
            && (a.scope().type() == ScopeType.DISTRICT
                || a.scope().optionalReference().filter(school.value()::equals).isPresent()));
    if (!counsellor) {
      throw InvalidInputException.of("counsellorId", "CounsellorOfSchool", "须为该校的心理健康教师（COUNSELLOR）",
          "counsellorId must name a COUNSELLOR of the student's school");
    }
  }

  private Set<StudentId> children(Actor actor) {
    return actor.user().linkedGuardian().map(g -> roster.childrenOf(actor.district(), g)).orElse(Set.of());
  }

  private static Set<String> references(Actor actor, Role role, ScopeType type) {
    return actor.references(role, type);
  }


  // ---- views ----

  private SeenFile seen(MentalHealthFile f, Reading reading, boolean withTexts) {
    boolean open = withTexts && reading.seesNotes();
    List<SeenLevelChange> levels = new ArrayList<>();
    for (int i = 0; i < f.levelHistory().size(); i++) {
      LevelChange c = f.levelHistory().get(i);
      levels.add(new SeenLevelChange(c.from(), c.to(), c.by(), c.at(),
          open ? cipher.decrypt(c.note(), MentalHealthFile.levelNoteContext(f.district(), f.id(), i)) : null));
    }
    List<SeenMark> marks = new ArrayList<>();
    for (CareMarkEntry m : f.marks()) {
      marks.add(new SeenMark(m.mark(), m.by(), m.at(),
          open ? cipher.decrypt(m.plan(), MentalHealthFile.markPlanContext(f.district(), f.id(), m.mark())) : null));
    }
    return new SeenFile(f.id(), f.school(), f.student(), f.trigger(), f.openedBy(), f.openedAt(), f.level(),
        f.categories(), List.copyOf(levels), List.copyOf(marks), f.counsellor(), f.version(), reading);
  }

  private SeenRecord seenRecord(CareRecord r, Reading reading, Actor actor, boolean withTexts) {
    boolean open = withTexts && reading.seesNotes();
    return new SeenRecord(r.id(), r.file(), r.student(), r.kind(), r.on(),
        open ? cipher.decrypt(r.note(), CareRecord.noteContext(r.district(), r.id())) : null,
        open && r.plan() != null ? cipher.decrypt(r.plan(), CareRecord.planContext(r.district(), r.id())) : null,
        r.plan() != null, r.followUpOn(), r.recordedBy(), r.recordedAt(), r.followedUpBy(), r.followedUpAt(),
        r.overdueOn(actor.today()), r.version(), reading);
  }

  // ---- lookups ----

  /**
   * Runs {@code work} in one transaction (which records its own ALLOWED event); a refusal (not found, forbidden)
   * is recorded as DENIED on {@code subject} in a transaction of its own, after the work's rolled back.
   */
  private <T> T audited(Actor actor, AuditSubject subject, AuditAction action, Supplier<T> work) {
    return audit.deniedIfRefused(actor, subject, action, "NEED_TO_KNOW", work);
  }

  private CareRecord careRecord(MentalHealthFile file, String recordId, boolean interventions) {
    CareRecordId id;
    try {
      id = CareRecordId.of(recordId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("care record", recordId);
    }
    return records.byId(file.district(), id)
        .filter(r -> r.file().equals(file.id()) && r.kind().intervention() == interventions)
        .orElseThrow(() -> new NotFoundException("care record", recordId));
  }

  private MentalHealthFile find(Actor actor, String fileId) {
    MentalHealthFileId id;
    try {
      id = MentalHealthFileId.of(fileId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("mental-health file", fileId);
    }
    return files.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("mental-health file", fileId));
  }

  private Student student(Actor actor, String studentId) {
    return roster.requireStudent(actor.district(), studentId);
  }


  private static SchoolId schoolId(String schoolId) {
    try {
      return SchoolId.of(schoolId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("school", schoolId);
    }
  }

  private MentalHealthSettings settings(Actor actor) {
    return policies.active(actor.district()).map(p -> p.localSettings().mentalHealth())
        .orElse(MentalHealthSettings.defaults());
  }

  private Instant now() {
    return clock.now().truncatedTo(ChronoUnit.MICROS);
  }
}
