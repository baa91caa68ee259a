package org.jiaolianti.application.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.guidance.port.out.GuidanceItems;
import org.jiaolianti.application.homeschool.port.out.Notices;
import org.jiaolianti.application.mentor.port.out.ParentMentors;
import org.jiaolianti.application.messaging.port.out.FeedbackItems;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.report.port.in.HomeSchoolReportUseCase;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.guidance.GuidanceProgress;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.ParentMentor;
import org.jiaolianti.domain.mentor.ParentMentorId;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.report.HomeSchoolFigures;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Builds the home–school report from each area's port, in one read transaction. Each school's figures are
 * counted from the records of its students (receipts and registrations), its own feedback, and its parent
 * mentors; zones and the district add their schools up.
 */
public final class HomeSchoolReportService implements HomeSchoolReportUseCase {

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Schools schools;
  private final Zones zones;
  private final Roster roster;
  private final Notices notices;
  private final Activities activities;
  private final FeedbackItems feedback;
  private final ParentMentors mentors;
  private final GuidanceItems guidance;
  private final Policies policies;
  private final AccessControl access;
  private final Transactions tx;

  public HomeSchoolReportService(Schools schools, Zones zones, Roster roster, Notices notices, Activities activities,
      FeedbackItems feedback, ParentMentors mentors, GuidanceItems guidance, Policies policies, AccessControl access,
      Transactions tx) {
    this.schools = requireNonNull(schools);
    this.zones = requireNonNull(zones);
    this.roster = requireNonNull(roster);
    this.notices = requireNonNull(notices);
    this.activities = requireNonNull(activities);
    this.feedback = requireNonNull(feedback);
    this.mentors = requireNonNull(mentors);
    this.guidance = requireNonNull(guidance);
    this.policies = requireNonNull(policies);
    this.access = requireNonNull(access);
    this.tx = requireNonNull(tx);
  }

  @Override
  public HomeSchoolReport report(Actor actor, LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", "DateOrder", "结束日期不能早于开始日期", "to must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw InvalidInputException.of("to", "RangeTooLong", "统计区间最长 " + MAX_DAYS + " 天",
          "the range may cover at most " + MAX_DAYS + " days");
    }
    DistrictCode district = actor.district();
    access.check(actor, Action.READ_REPORTS, new Target.District(district));
    return tx.inTransaction(() -> build(district, from, to, actor.today()));
  }

  private HomeSchoolReport build(DistrictCode district, LocalDate from, LocalDate to, LocalDate today) {
    ZoneId zone = policies.active(district).map(p -> p.document().timeZone()).orElse(DEFAULT_ZONE);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    List<School> all = schools.all(district).stream()
        .sorted(Comparator.comparing(School::code).thenComparing(s -> s.id().value())).toList();
    Map<SchoolId, Tally> tallies = new HashMap<>();
    Map<StudentId, SchoolId> schoolOf = new HashMap<>();
    for (School s : all) {
      tallies.put(s.id(), new Tally());
    }
    for (Student student : roster.studentsInDistrict(district)) {
      Tally t = tallies.get(student.school());
      if (t != null) {
        schoolOf.put(student.id(), student.school());
        t.enrolled++;
      }
    }
    countReceipts(district, start, end, schoolOf, tallies);
    countRegistrations(district, start, end, schoolOf, tallies);
    countFeedback(district, start, end, today, zone, tallies);
    countMentorHours(district, from, to, tallies);
    countGuidance(district, start, end, schoolOf, tallies);

    Map<SchoolId, HomeSchoolFigures> figures = tallies.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().figures()));
    List<Line> schoolLines = all.stream().map(s -> new Line(s.id().value(), s.name(), figures.get(s.id()))).toList();
    List<Line> zoneLines = zones.all(district).stream().sorted(Comparator.comparing(Zone::name)
            .thenComparing(z -> z.id().value()))
        .map(z -> new Line(z.id().value(), z.name(), sum(schoolsOf(z, to), figures))).toList();
    HomeSchoolFigures total = sum(figures.keySet(), figures);
    return new HomeSchoolReport(district, from, to, today, total, zoneLines, schoolLines);
  }

  /** A zone's schools on {@code date}: its lead school and the members in force. */
  private static Set<SchoolId> schoolsOf(Zone z, LocalDate date) {
    Set<SchoolId> result = new LinkedHashSet<>();
    result.add(z.leadSchool());
    result.addAll(z.membersOn(date));
    return result;
  }

  private static HomeSchoolFigures sum(Set<SchoolId> ids, Map<SchoolId, HomeSchoolFigures> figures) {
    HomeSchoolFigures total = HomeSchoolFigures.NONE;
    for (SchoolId id : ids) {
      total = total.plus(figures.getOrDefault(id, HomeSchoolFigures.NONE));
    }
    return total;
  }

  /** A receipt counts once for each school among the children it concerns. */
  private void countReceipts(DistrictCode district, Instant start, Instant end, Map<StudentId, SchoolId> schoolOf,
      Map<SchoolId, Tally> tallies) {
    Map<NoticeId, Notice> released = notices.releasedBetween(district, start, end).stream()
        .collect(Collectors.toMap(Notice::id, Function.identity()));
    for (Notices.ReceiptTally r : notices.receiptTallies(district, start, end)) {
      Notice n = released.get(r.notice());
      boolean asksConfirmation = n != null && n.mode() != ConfirmationMode.READ_ONLY;
      for (SchoolId school : schoolsOfStudents(r.students(), schoolOf)) {
        Tally t = tallies.get(school);
        t.receipts++;
        t.read += r.read() ? 1 : 0;
        if (asksConfirmation) {
          t.confirmationsRequested++;
          t.confirmed += r.confirmed() ? 1 : 0;
        }
      }
    }
  }

  private static Set<SchoolId> schoolsOfStudents(List<StudentId> students, Map<StudentId, SchoolId> schoolOf) {
    Set<SchoolId> result = new HashSet<>();
    for (StudentId s : students) {
      SchoolId school = schoolOf.get(s);
      if (school != null) {
        result.add(school);
      }
    }
    return result;
  }

  /** Registrations made in the range that hold a place (not cancelled, not waitlisted or lost in a draw). */
  private void countRegistrations(DistrictCode district, Instant start, Instant end, Map<StudentId, SchoolId> schoolOf,
      Map<SchoolId, Tally> tallies) {
    for (Registration r : activities.registeredBetween(district, start, end)) {
      SchoolId school = schoolOf.get(r.student());
      if (school != null && r.status() == RegistrationStatus.CONFIRMED) {
        Tally t = tallies.get(school);
        t.registrations++;
        t.participants.add(r.student());
      }
    }
  }

  /** Feedback submitted in the range to each school: answered, time to answer, overdue and late (三(三)3). */
  private void countFeedback(DistrictCode district, Instant start, Instant end, LocalDate today, ZoneId zone,
      Map<SchoolId, Tally> tallies) {
    for (Feedback f : feedback.all(district)) {
      Tally t = tallies.get(f.school());
      if (t == null || f.submittedAt().isBefore(start) || !f.submittedAt().isBefore(end)) {
        continue;
      }
      t.feedbackSubmitted++;
      if (f.overdueOn(today)) {
        t.overdueOpen++;
      }
      if (f.answeredAt() != null) {
        t.feedbackAnswered++;
        t.responseMinutes += Math.max(0, Duration.between(f.submittedAt(), f.answeredAt()).toMinutes());
        LocalDate answeredOn = f.answeredAt().atZone(zone).toLocalDate();
        if (answeredOn.isAfter(f.dueOn())) {
          t.answeredLate++;
        }
      }
    }
  }

  /** Hours logged for days in the range, by the school the mentor serves (五(一)3). */
  private void countMentorHours(DistrictCode district, LocalDate from, LocalDate to, Map<SchoolId, Tally> tallies) {
    Map<ParentMentorId, SchoolId> schoolOfMentor = mentors.ofDistrict(district).stream()
        .collect(Collectors.toMap(ParentMentor::id, ParentMentor::school));
    for (MentorHours h : mentors.hoursBetween(district, from, to)) {
      Tally t = tallies.get(schoolOfMentor.get(h.mentor()));
      if (t != null) {
        t.mentorHours = t.mentorHours.add(h.hours());
      }
    }
  }

  /**
   * Guidance-column parts (an article, a video, a lesson) completed in the range, for the schools of each
   * learning guardian's children; a guardian counts once per school as a learner (五(一)2).
   */
  private void countGuidance(DistrictCode district, Instant start, Instant end, Map<StudentId, SchoolId> schoolOf,
      Map<SchoolId, Tally> tallies) {
    Map<GuardianId, Long> completions = guidance.completedBetween(district, start, end).stream()
        .collect(Collectors.groupingBy(GuidanceProgress::guardian, Collectors.counting()));
    if (completions.isEmpty()) {
      return;
    }
    Map<GuardianId, List<StudentId>> childrenOf = roster.linksInDistrict(district).stream()
        .filter(l -> completions.containsKey(l.guardian()))
        .collect(Collectors.groupingBy(GuardianLink::guardian,
            Collectors.mapping(GuardianLink::student, Collectors.toList())));
    for (Map.Entry<GuardianId, Long> e : completions.entrySet()) {
      List<StudentId> children = childrenOf.getOrDefault(e.getKey(), List.of());
      for (SchoolId school : schoolsOfStudents(children, schoolOf)) {
        Tally t = tallies.get(school);
        t.guidanceCompletions += e.getValue();
        t.guidanceLearners++;
      }
    }
  }

  /** One school's counts while the report is built. */
  private static final class Tally {
    long receipts;
    long read;
    long confirmationsRequested;
    long confirmed;
    long registrations;
    final Set<StudentId> participants = new HashSet<>();
    long enrolled;
    long feedbackSubmitted;
    long feedbackAnswered;
    long responseMinutes;
    long overdueOpen;
    long answeredLate;
    BigDecimal mentorHours = BigDecimal.ZERO;
    long guidanceCompletions;
    long guidanceLearners;

    HomeSchoolFigures figures() {
      return new HomeSchoolFigures(receipts, read, confirmationsRequested, confirmed, registrations,
          participants.size(), enrolled, feedbackSubmitted, feedbackAnswered, responseMinutes, overdueOpen,
          answeredLate, mentorHours, guidanceCompletions, guidanceLearners);
    }
  }
}
