package org.jiaolianti.application.screening;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.consent.port.in.ConsentCheck;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.screening.port.in.ScreeningsUseCase;
import org.jiaolianti.application.screening.port.out.ScreeningCampaigns;
import org.jiaolianti.application.screening.port.out.ScreeningResults;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.mentalhealth.ScreeningResultId;
import org.jiaolianti.domain.mentalhealth.ScreeningRules;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Screenings over {@link ScreeningRules}. Access: MANAGE_SCREENINGS / READ_SCREENINGS / RECORD_SCREENING_RESULTS /
 * READ_SCREENING_RESULTS on the campaign's school. An import checks every row (the student is of the campaign's
 * school, named once, has a MENTAL_HEALTH_FILE consent in force today; the date is in the window and not in the
 * future; the score in the scale's range) and refuses them all with one error per failing row, each naming its rule
 * and clause. Audit events (never a score): {@code SCREENING_CAMPAIGN}/id, CREATE with purpose
 * {@code SCREENING_IMPORT:<rows>} for an import, READ with {@code SCREENING_RESULTS} for a results read.
 */
public final class ScreeningService implements ScreeningsUseCase {

  public static final String SUBJECT = "SCREENING_CAMPAIGN";
  /** The subject of the per-student events (besides the campaign's). */
  static final String STUDENT_SUBJECT = "STUDENT";
  private static final Comparator<ScreeningCampaign> NEWEST_FIRST = Comparator
      .comparing(ScreeningCampaign::opensOn).reversed().thenComparing(c -> c.id().value());

  private final ScreeningCampaigns campaigns;
  private final ScreeningResults results;
  private final Schools schools;
  private final Roster roster;
  private final Policies policies;
  private final ConsentCheck consents;
  private final AccessControl access;
  private final Audit audit;
  private final Transactions tx;
  private final Clock clock;
  private final CommandValidator validator;

  public ScreeningService(ScreeningCampaigns campaigns, ScreeningResults results, Schools schools, Roster roster,
      Policies policies, ConsentCheck consents, AccessControl access, Audit audit, Transactions tx, Clock clock,
      CommandValidator validator) {
    this.campaigns = requireNonNull(campaigns);
    this.results = requireNonNull(results);
    this.schools = requireNonNull(schools);
    this.roster = requireNonNull(roster);
    this.policies = requireNonNull(policies);
    this.consents = requireNonNull(consents);
    this.access = requireNonNull(access);
    this.audit = requireNonNull(audit);
    this.tx = requireNonNull(tx);
    this.clock = requireNonNull(clock);
    this.validator = requireNonNull(validator);
  }

  @Override
  public ScreeningCampaign create(Actor actor, CreateCampaignCommand command) {
    validator.validate(command);
    Term term = term("term", command.term());
    if (command.closesOn().isBefore(command.opensOn())) {
      throw InvalidInputException.of("closesOn", "DateOrder", "结束日期不能早于开始日期",
          "closesOn must not be before opensOn");
    }
    return tx.inTransaction(() -> {
      SchoolId school = school(actor, command.schoolId());
      access.check(actor, Action.MANAGE_SCREENINGS, new Target.School(actor.district(), school));
      String scale = command.scale().strip();
      RuleViolationException.throwIfRejected(ScreeningRules.mayCreateCampaign(
          campaigns.ofSchool(actor.district(), school), school, term, scale, settings(actor.district())));
      ScreeningCampaign c = ScreeningCampaign.create(ScreeningCampaignId.newId(), actor.district(), school, term,
          scale, command.opensOn(), command.closesOn(), actor.userId(), clock.now().truncatedTo(ChronoUnit.MICROS));
      campaigns.add(c);
      return c;
    });
  }

  @Override
  public List<ScreeningCampaign> list(Actor actor, String schoolId, String term) {
    Term only = term == null ? null : term("term", term);
    return tx.inTransaction(() -> {
      Visibility v = access.visibility(actor, Action.READ_SCREENINGS);
      if (!v.permitted()) {
        throw new ForbiddenException(Bilingual.of("无权查看心理普测", "no role of yours reads screenings"));
      }
      List<ScreeningCampaign> candidates;
      if (schoolId != null) {
        SchoolId school = school(actor, schoolId);
        if (!v.includesSchool(school)) {
          throw new NotFoundException("school", schoolId);
        }
        candidates = campaigns.ofSchool(actor.district(), school);
      } else {
        candidates = campaigns.all(actor.district()).stream().filter(c -> v.includesSchool(c.school())).toList();
      }
      return candidates.stream().filter(c -> only == null || c.term().equals(only)).sorted(NEWEST_FIRST).toList();
    });
  }

  @Override
  public SeenCampaign get(Actor actor, String campaignId) {
    return tx.inTransaction(() -> {
      ScreeningCampaign c = campaign(actor, campaignId);
      access.check(actor, Action.READ_SCREENINGS, new Target.School(actor.district(), c.school()));
      return new SeenCampaign(c, counts(results.ofCampaign(actor.district(), c.id()), settings(actor.district())));
    });
  }

  @Override
  public ImportReport importResults(Actor actor, String campaignId, ImportResultsCommand command) {
    validator.validate(command);
    return audit.audited(actor, AuditSubject.asked(SUBJECT, campaignId), AuditAction.CREATE,
        "SCREENING_IMPORT:" + command.results().size(), () -> {
          ScreeningCampaign c = campaign(actor, campaignId);
          access.check(actor, Action.RECORD_SCREENING_RESULTS, new Target.School(actor.district(), c.school()));
          MentalHealthSettings settings = settings(actor.district());
          List<Student> students = checkRows(actor, c, command.results(), settings);
          Map<StudentId, ScreeningResult> existing = new HashMap<>();
          results.ofCampaign(actor.district(), c.id()).forEach(r -> existing.put(r.student(), r));
          List<ScreeningResult> imported = new ArrayList<>();
          int replaced = 0;
          var now = clock.now().truncatedTo(ChronoUnit.MICROS);
          for (int i = 0; i < students.size(); i++) {
            ResultRow row = command.results().get(i);
            ScreeningResult before = existing.get(students.get(i).id());
            replaced += before == null ? 0 : 1;
            imported.add(new ScreeningResult(before == null ? ScreeningResultId.newId() : before.id(),
                actor.district(), c.id(), students.get(i).id(), c.scale(), row.score(), row.takenOn(),
                actor.userId(), now));
          }
          results.save(imported);
          // one event per student as well, so that "who touched this student's mental-health data" finds it
          for (ScreeningResult r : imported) {
            audit.record(actor, new AuditSubject(STUDENT_SUBJECT, r.student().value()), AuditAction.CREATE,
                "SCREENING_RESULT:" + c.id().value(), AuditOutcome.ALLOWED);
          }
          return new ImportReport(c, imported.size(), replaced,
              counts(results.ofCampaign(actor.district(), c.id()), settings));
        });
  }

  /** The students of the rows, in order; or every failing row's errors at once. */
  private List<Student> checkRows(Actor actor, ScreeningCampaign c, List<ResultRow> rows,
      MentalHealthSettings settings) {
    List<FieldError> errors = new ArrayList<>();
    List<Student> students = new ArrayList<>();
    Set<StudentId> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ResultRow row = rows.get(i);
      String at = "results[" + i + "].";
      Student s = student(actor, row.studentId()).filter(st -> st.school().equals(c.school())).orElse(null);
      if (s == null) {
        // unknown and of another school read alike, so that ids cannot be probed
        errors.add(new FieldError(at + "studentId", "STUDENT_NOT_OF_SCHOOL", Bilingual.of(
            "不是本批次学校的学生", "not a student of the campaign's school")));
        continue;
      }
      students.add(s);
      if (!seen.add(s.id())) {
        errors.add(new FieldError(at + "studentId", "Duplicate", Bilingual.of("同一学生在本次导入中出现多次",
            "the student appears more than once in this import")));
        continue;
      }
      if (row.takenOn().isAfter(actor.today())) {
        errors.add(new FieldError(at + "takenOn", "PastOrPresent", Bilingual.of("测评日期不能晚于今天",
            "the date must not be after today")));
      } else {
        Decision d = ScreeningRules.mayRecordResult(c, row.score(), row.takenOn(), settings);
        rule(errors, d, at + (d instanceof Decision.Rejected r && r.rule().equals("SCREENING_OUTSIDE_WINDOW")
            ? "takenOn" : "score"));
      }
      // a general consent never unlocks mental-health processing: exactly MENTAL_HEALTH_FILE, in force today
      rule(errors, consents.require(actor.district(), s.id(), ConsentPurpose.MENTAL_HEALTH_FILE, actor.today()),
          at + "studentId");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return students;
  }

  /** A rejection as a row's error: the code is the rule, the message names the clause. */
  private static void rule(List<FieldError> errors, Decision d, String field) {
    if (d instanceof Decision.Rejected r) {
      String clause = r.clause() == null ? "-" : r.clause().toString();
      errors.add(new FieldError(field, r.rule(), Bilingual.of(r.reason().zh() + "（依据：" + clause + "）",
          r.reason().en() + " (clause " + clause + ")")));
    }
  }

  @Override
  public List<SeenResult> results(Actor actor, String campaignId) {
    return audit.audited(actor, AuditSubject.asked(SUBJECT, campaignId), AuditAction.READ, "SCREENING_RESULTS", () -> {
      ScreeningCampaign c = campaign(actor, campaignId);
      access.check(actor, Action.READ_SCREENING_RESULTS, new Target.School(actor.district(), c.school()));
      MentalHealthSettings settings = settings(actor.district());
      List<ScreeningResult> read = results.ofCampaign(actor.district(), c.id());
      for (ScreeningResult r : read) {
        audit.record(actor, new AuditSubject(STUDENT_SUBJECT, r.student().value()), AuditAction.READ,
            "SCREENING_RESULT:" + c.id().value(), AuditOutcome.ALLOWED);
      }
      return read.stream().map(r -> new SeenResult(r, ScreeningRules.suggestedLevel(r, settings).orElse(null)))
          .toList();
    });
  }

  @Override
  public List<DueStudent> due(Actor actor, String schoolId, LocalDate on) {
    LocalDate day = on == null ? actor.today() : on;
    return tx.inTransaction(() -> {
      SchoolId school = school(actor, schoolId);
      access.check(actor, Action.READ_SCREENINGS, new Target.School(actor.district(), school));
      MentalHealthSettings settings = settings(actor.district());
      List<Student> students = roster.studentsOf(actor.district(), school).stream()
          .sorted(Comparator.comparing(s -> s.id().value())).toList();
      Map<StudentId, LocalDate> last = results.lastTakenOn(actor.district(),
          students.stream().map(Student::id).toList());
      return students.stream().filter(s -> ScreeningRules.dueForScreening(last.get(s.id()), day, settings))
          .map(s -> new DueStudent(s.id(), s.maskedName(), last.get(s.id()))).toList();
    });
  }

  private static Counts counts(List<ScreeningResult> rs, MentalHealthSettings settings) {
    Map<String, Long> by = new LinkedHashMap<>();
    settings.levels().forEach(l -> by.put(l.code(), 0L));
    long without = 0;
    for (ScreeningResult r : rs) {
      String level = ScreeningRules.suggestedLevel(r, settings).orElse(null);
      if (level == null) {
        without++;
      } else {
        by.merge(level, 1L, Long::sum);
      }
    }
    return new Counts(rs.size(), by, without);
  }

  private MentalHealthSettings settings(DistrictCode district) {
    return policies.active(district).map(p -> p.localSettings().mentalHealth())
        .orElse(MentalHealthSettings.defaults());
  }

  private static Term term(String field, String value) {
    try {
      return Term.of(value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(field, "Term", "须为学期，如 2025-2026-1（学年及第 1 或 2 学期）",
          "must be a term such as 2025-2026-1 (school year and term 1 or 2)");
    }
  }

  private ScreeningCampaign campaign(Actor actor, String campaignId) {
    ScreeningCampaignId id;
    try {
      id = ScreeningCampaignId.of(campaignId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("screening campaign", campaignId);
    }
    return campaigns.byId(actor.district(), id)
        .orElseThrow(() -> new NotFoundException("screening campaign", campaignId));
  }

  private Optional<Student> student(Actor actor, String studentId) {
    try {
      return roster.studentById(actor.district(), StudentId.of(studentId));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private SchoolId school(Actor actor, String schoolId) {
    SchoolId id;
    try {
      id = SchoolId.of(schoolId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("school", schoolId);
    }
    schools.byId(actor.district(), id).orElseThrow(() -> new NotFoundException("school", schoolId));
    return id;
  }
}
