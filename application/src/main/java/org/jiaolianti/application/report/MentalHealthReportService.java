package org.jiaolianti.application.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.audit.Audit;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.referral.port.out.Referrals;
import org.jiaolianti.application.report.port.in.MentalHealthReportUseCase;
import org.jiaolianti.application.screening.port.out.ScreeningCampaigns;
import org.jiaolianti.application.screening.port.out.ScreeningResults;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.CareMarkEntry;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.LevelChange;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.ReferralBreach;
import org.jiaolianti.domain.mentalhealth.ReferralEvent;
import org.jiaolianti.domain.mentalhealth.ReferralRules;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralStep;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.mentalhealth.ScreeningRules;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.report.SuppressedCounts;
import org.jiaolianti.domain.report.SuppressedTable;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Builds the mental-health report in one read transaction from one district-wide query per port (roster, files, care
 * records, screening results, referrals): counted per school in memory, then suppressed as one table per breakdown
 * (schools, zones, district) so that no withheld figure comes back by subtraction. Nothing is decrypted: the report
 * never needs a text. One audit event per read (DENIED too), never a figure.
 */
public final class MentalHealthReportService implements MentalHealthReportUseCase {

  /** The audit subject type of a report read (id: the district). */
  public static final String SUBJECT = "MENTAL_HEALTH_REPORT";
  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String DISTRICT = "DISTRICT";
  private static final String COUNT = "COUNT";

  private final Schools schools;
  private final ScreeningCampaigns campaigns;
  private final Zones zones;
  private final Roster roster;
  private final MentalHealthFiles files;
  private final CareRecords careRecords;
  private final ScreeningResults screeningResults;
  private final Referrals referrals;
  private final Policies policies;
  private final AccessControl access;
  private final Audit audit;
  private final Clock clock;

  public MentalHealthReportService(Schools schools, Zones zones, Roster roster, MentalHealthFiles files,
      CareRecords careRecords, ScreeningCampaigns campaigns, ScreeningResults screeningResults, Referrals referrals,
      Policies policies, AccessControl access, Audit audit, Clock clock) {
    this.campaigns = requireNonNull(campaigns);
    this.schools = requireNonNull(schools);
    this.zones = requireNonNull(zones);
    this.roster = requireNonNull(roster);
    this.files = requireNonNull(files);
    this.careRecords = requireNonNull(careRecords);
    this.screeningResults = requireNonNull(screeningResults);
    this.referrals = requireNonNull(referrals);
    this.policies = requireNonNull(policies);
    this.access = requireNonNull(access);
    this.audit = requireNonNull(audit);
    this.clock = requireNonNull(clock);
  }

  @Override
  public MentalHealthReport report(Actor actor, LocalDate on, LocalDate from, LocalDate to) {
    requireNonNull(on, "on");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (on.isAfter(actor.today())) {
      throw InvalidInputException.of("on", "NotInFuture", "统计日期不能晚于今天", "on must not be after today");
    }
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", "DateOrder", "结束日期不能早于开始日期", "to must not be before from");
    }
    if (to.isAfter(on)) {
      throw InvalidInputException.of("to", "AfterOn", "结束日期不能晚于统计日期（on）", "to must not be after on");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw InvalidInputException.of("to", "RangeTooLong", "统计区间最长 " + MAX_DAYS + " 天",
          "the range may cover at most " + MAX_DAYS + " days");
    }
    DistrictCode district = actor.district();
    // the purpose is the range asked for: the trail shows who looked at which period, never a figure
    String purpose = "on=" + on + " from=" + from + " to=" + to;
    return audit.audited(actor, new AuditSubject(SUBJECT, district.value()), AuditAction.READ, purpose, () -> {
      access.check(actor, Action.READ_MENTAL_HEALTH_REPORT, new Target.District(district));
      return build(district, on, from, to);
    });
  }

  private MentalHealthReport build(DistrictCode district, LocalDate on, LocalDate from, LocalDate to) {
    Policy policy = policies.active(district).orElse(null);
    MentalHealthSettings settings = policy == null ? MentalHealthSettings.defaults()
        : policy.localSettings().mentalHealth();
    ZoneId zone = policy == null ? DEFAULT_ZONE : policy.document().timeZone();
    Instant endOfOn = on.plusDays(1).atStartOfDay(zone).toInstant();
    Instant at = clock.now().isBefore(endOfOn) ? clock.now() : endOfOn;
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();

    List<School> all = schools.all(district).stream()
        .sorted(Comparator.comparing(School::code).thenComparing(s -> s.id().value())).toList();
    Tallies t = new Tallies(all);
    // counted by the database: the report needs each school's enrolment, not 130,000 students
    roster.enrolledPerSchool(district).forEach((school, n) -> t.enrolled.merge(school, n, Long::sum));
    Map<MentalHealthFileId, SchoolId> schoolOfFile = countFiles(district, at, t);
    for (CareRecord r : careRecords.openFollowUps(district)) {
      if (r.overdueOn(on)) {
        t.add(t.overdue, schoolOfFile.get(r.file()), COUNT);
      }
    }
    countScreening(district, from, to, settings, t);
    countReferrals(district, start, end, at, settings, t);

    Map<String, Set<String>> groups = new LinkedHashMap<>();
    groups.put(DISTRICT, new LinkedHashSet<>(all.stream().map(s -> s.id().value()).toList()));
    List<Zone> zoneList = zones.all(district).stream()
        .sorted(Comparator.comparing(Zone::name).thenComparing(z -> z.id().value())).toList();
    for (Zone z : zoneList) {
      Set<String> members = new LinkedHashSet<>();
      members.add(z.leadSchool().value());
      z.membersOn(on).forEach(s -> members.add(s.value()));
      groups.put("ZONE:" + z.id().value(), members);
    }
    int threshold = settings.smallCountThreshold();
    List<String> levelKeys = keys(settings.levels().stream().map(MentalHealthSettings.LevelDefinition::code),
        t.levels);
    List<String> screeningKeys = new ArrayList<>(settings.levels().stream()
        .map(MentalHealthSettings.LevelDefinition::code).toList());
    screeningKeys.add(NO_LEVEL);
    Tables tables = new Tables(
        SuppressedTable.of(levelKeys, t.levels, groups, threshold),
        SuppressedTable.of(names(CareMark.values()), t.marks, groups, threshold),
        SuppressedTable.of(List.of(COUNT), t.overdue, groups, threshold),
        SuppressedTable.of(screeningKeys, t.screening, groups, threshold),
        // status and urgency share their total (referrals opened): one table, so neither gives the other away; the
        // enums' names are distinct (a clash fails loudly)
        SuppressedTable.ofFacets(List.of(names(ReferralStatus.values()), names(ReferralUrgency.values())), t.referrals,
            groups, threshold),
        SuppressedTable.of(List.of(COUNT), t.emergency, groups, threshold),
        SuppressedTable.of(names(ReferralStep.values()), t.breaches, groups, threshold));

    Map<String, Long> categories = new LinkedHashMap<>();
    keys(settings.categories().stream().map(MentalHealthSettings.CategoryDefinition::code),
        Map.of(DISTRICT, t.categories)).forEach(k -> categories.put(k, t.categories.getOrDefault(k, 0L)));
    Figures total = tables.figures(DISTRICT, true, sum(t.enrolled, groups.get(DISTRICT)),
        SuppressedCounts.of(categories, threshold));
    List<Line> zoneLines = zoneList.stream().map(z -> {
      String key = "ZONE:" + z.id().value();
      return new Line(z.id().value(), null, z.name(),
          tables.figures(key, true, sum(t.enrolled, groups.get(key)), null));
    }).toList();
    List<Line> schoolLines = all.stream().map(s -> new Line(s.id().value(), s.code(), s.name(),
        tables.figures(s.id().value(), false, t.enrolled.getOrDefault(s.id(), 0L), null))).toList();
    return new MentalHealthReport(district, on, from, to, threshold, total, zoneLines, schoolLines,
        settings.levels(), settings.categories());
  }

  /** Files opened by {@code at}, at their level then (from the level history); marks set by then; categories. */
  private Map<MentalHealthFileId, SchoolId> countFiles(DistrictCode district, Instant at, Tallies t) {
    Map<MentalHealthFileId, SchoolId> schoolOfFile = new HashMap<>();
    for (MentalHealthFile f : files.all(district)) {
      schoolOfFile.put(f.id(), f.school());
      if (f.openedAt().isAfter(at) || !t.known(f.school())) {
        continue;
      }
      String level = f.levelHistory().stream().filter(c -> !c.at().isAfter(at)).reduce((a, b) -> b)
          .map(LevelChange::to).orElse(f.level());
      t.add(t.levels, f.school(), level);
      for (CareMarkEntry m : f.marks()) {
        if (!m.at().isAfter(at)) {
          t.add(t.marks, f.school(), m.mark().name());
        }
      }
      f.categories().forEach(c -> t.categories.merge(c, 1L, Long::sum));
    }
    return schoolOfFile;
  }

  /** Students with a result taken in the range, each counted once by their latest result's suggested level. */
  private void countScreening(DistrictCode district, LocalDate from, LocalDate to, MentalHealthSettings settings,
      Tallies t) {
    // a result counts at the school whose campaign screened the student
    Map<ScreeningCampaignId, SchoolId> schoolOf = new HashMap<>();
    for (ScreeningCampaign c : campaigns.all(district)) {
      schoolOf.put(c.id(), c.school());
    }
    Map<StudentId, ScreeningResult> latest = new HashMap<>();
    for (ScreeningResult r : screeningResults.takenBetween(district, from, to)) {
      latest.merge(r.student(), r, (a, b) -> a.takenOn().compareTo(b.takenOn()) != 0
          ? (a.takenOn().isAfter(b.takenOn()) ? a : b) : (a.importedAt().isAfter(b.importedAt()) ? a : b));
    }
    latest.forEach((student, r) -> t.add(t.screening, schoolOf.get(r.campaign()),
        ScreeningRules.suggestedLevel(r, settings).orElse(NO_LEVEL)));
  }

  /**
   * Referrals opened in the range: status as of {@code at}, urgency, emergency path, breached steps
   * ({@link ReferralRules#breaches} on the steps alone: no text is opened).
   */
  private void countReferrals(DistrictCode district, Instant start, Instant end, Instant at,
      MentalHealthSettings settings, Tallies t) {
    for (Referrals.Sealed r : referrals.all(district)) {
      Instant opened = r.openedAt();
      if (opened.isBefore(start) || !opened.isBefore(end) || opened.isAfter(at) || !t.known(r.school())) {
        continue;
      }
      List<ReferralEvent> steps = r.history().stream()
          .map(s -> new ReferralEvent(s.status(), s.by(), s.at(), null)).toList();
      ReferralStatus status = steps.stream().filter(s -> !s.at().isAfter(at)).reduce((a, b) -> b)
          .map(ReferralEvent::status).orElse(ReferralStatus.OPEN);
      t.add(t.referrals, r.school(), status.name());
      t.add(t.referrals, r.school(), r.urgency().name());
      if (r.emergencyReason() != null) {
        t.add(t.emergency, r.school(), COUNT);
      }
      for (ReferralBreach b : ReferralRules.breaches(r.id(), r.urgency(), steps, at, settings)) {
        t.add(t.breaches, r.school(), b.step().name());
      }
    }
  }

  /** The seed's codes in order, then any code stored but no longer in the seed (sorted), so nothing is dropped. */
  private static List<String> keys(Stream<String> seed, Map<String, ? extends Map<String, Long>> counted) {
    List<String> keys = new ArrayList<>(seed.toList());
    Set<String> extra = new TreeSet<>();
    counted.values().forEach(m -> m.keySet().stream().filter(k -> !keys.contains(k)).forEach(extra::add));
    keys.addAll(extra);
    return keys;
  }

  private static List<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).toList();
  }

  private static long sum(Map<SchoolId, Long> enrolled, Set<String> schoolIds) {
    return schoolIds.stream().mapToLong(id -> enrolled.getOrDefault(SchoolId.of(id), 0L)).sum();
  }

  /** The raw counts per school (by school id) while the report is built; schools outside the district are dropped. */
  private static final class Tallies {
    final Set<SchoolId> schools = new LinkedHashSet<>();
    final Map<SchoolId, Long> enrolled = new HashMap<>();
    final Map<String, Map<String, Long>> levels = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> marks = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> overdue = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> screening = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> referrals = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> emergency = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> breaches = new LinkedHashMap<>();
    final Map<String, Long> categories = new LinkedHashMap<>();

    Tallies(List<School> all) {
      all.forEach(s -> schools.add(s.id()));
      for (Map<String, Map<String, Long>> table : List.of(levels, marks, overdue, screening, referrals,
          emergency, breaches)) {
        all.forEach(s -> table.put(s.id().value(), new LinkedHashMap<>()));
      }
    }

    boolean known(SchoolId school) {
      return school != null && schools.contains(school);
    }

    void add(Map<String, Map<String, Long>> table, SchoolId school, String key) {
      if (known(school)) {
        table.get(school.value()).merge(key, 1L, Long::sum);
      }
    }
  }

  /** The suppressed tables of one report; {@link #figures} reads one school's or group's row from each. */
  private record Tables(SuppressedTable levels, SuppressedTable marks, SuppressedTable overdue,
      SuppressedTable screening, SuppressedTable referrals, SuppressedTable emergency, SuppressedTable breaches) {

    Figures figures(String key, boolean group, long enrolled, SuppressedCounts categories) {
      return new Figures(enrolled, row(levels, key, group), categories, row(marks, key, group),
          single(row(overdue, key, group)), row(screening, key, group), row(referrals, key, group, 0),
          row(referrals, key, group, 1), single(row(emergency, key, group)), row(breaches, key, group));
    }

    private static SuppressedCounts row(SuppressedTable table, String key, boolean group) {
      return row(table, key, group, 0);
    }

    private static SuppressedCounts row(SuppressedTable table, String key, boolean group, int facet) {
      return group ? table.group(key, facet) : table.part(key, facet);
    }

    private static OptionalLong single(SuppressedCounts counts) {
      return counts.total();
    }
  }
}
