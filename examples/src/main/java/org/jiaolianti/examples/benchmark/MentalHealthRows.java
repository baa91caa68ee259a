package org.jiaolianti.examples.benchmark;

import static org.jiaolianti.examples.benchmark.RawRows.D;
import static org.jiaolianti.examples.benchmark.RawRows.NOW;
import static org.jiaolianti.examples.benchmark.RawRows.TS;
import static org.jiaolianti.examples.benchmark.RawRows.V;
import static org.jiaolianti.examples.benchmark.RawRows.columns;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jiaolianti.adapters.jdbc.JdbcStorage;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.MentalHealthSettings;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.examples.benchmark.RawRows.Table;

/**
 * Generated mental-health data of a district at realistic rates, as raw rows of the V18–V20 tables (for the report
 * benchmark; the same seed gives the same shape): a 一生一档 file for 10 % of the students, its opening level and 1–3
 * level changes, 1–2 categories; a care mark on 2 % of the students; one care record per file, an open follow-up on
 * 3 % of the students (about half overdue) and a done one on another 3 %; one PHQ-9 screening campaign per school
 * with a result for 90 % of its students (scores mostly low); referrals for about 0.77 % of the students (1,000 in a
 * district of 130,000) spread over every status with their step histories. Free texts are sealed with a
 * {@link FieldCipher} of a generated key, the record's id as the associated data, as the app stores them: the report
 * never opens them, but they travel over the wire as the real ones would.
 */
record MentalHealthRows(RawRows rows, int files, int levelChanges, int marks, int careRecords, int openFollowUps,
    int campaigns, int results, int referrals) {

  /** Per status, the path of steps that reaches it (every referral starts OPEN). */
  private static final List<List<ReferralStatus>> PATHS = List.of(
      List.of(ReferralStatus.OPEN),
      List.of(ReferralStatus.OPEN, ReferralStatus.ACCEPTED),
      List.of(ReferralStatus.OPEN, ReferralStatus.ACCEPTED, ReferralStatus.OUTCOME_RECORDED),
      List.of(ReferralStatus.OPEN, ReferralStatus.ACCEPTED, ReferralStatus.OUTCOME_RECORDED,
          ReferralStatus.RETURNED_TO_SCHOOL),
      List.of(ReferralStatus.OPEN, ReferralStatus.ACCEPTED, ReferralStatus.OUTCOME_RECORDED,
          ReferralStatus.RETURNED_TO_SCHOOL, ReferralStatus.CLOSED),
      List.of(ReferralStatus.OPEN, ReferralStatus.REJECTED),
      List.of(ReferralStatus.OPEN, ReferralStatus.WITHDRAWN),
      List.of(ReferralStatus.OPEN, ReferralStatus.REROUTED));
  private static final int[] PATH_WEIGHTS = {10, 15, 15, 15, 30, 5, 5, 5};

  /**
   * @param students the roster's student rows ({district, id, school id, …})
   * @param user the app user every row names as its author (opened_by, recorded_by, done_by, …)
   */
  static MentalHealthRows generate(String district, List<Object[]> students, List<String> institutions, String user,
      MentalHealthSettings settings, Instant now, LocalDate today, ZoneId zone, long seed) {
    Random random = new Random(seed);
    FieldCipher cipher = new FieldCipher(FieldCipher.Key.generate("bench1"));
    List<String> levels = settings.levels().stream().map(MentalHealthSettings.LevelDefinition::code).toList();
    List<String> categories = settings.categories().stream().map(MentalHealthSettings.CategoryDefinition::code)
        .toList();
    List<Object[]> files = new ArrayList<>();
    List<Object[]> fileCategories = new ArrayList<>();
    List<Object[]> changes = new ArrayList<>();
    List<Object[]> marks = new ArrayList<>();
    List<Object[]> records = new ArrayList<>();
    List<String[]> filed = new ArrayList<>();
    int open = 0;
    for (Object[] s : students) {
      if (random.nextInt(10) != 0) {
        continue;
      }
      String id = newId();
      String school = (String) s[2];
      String student = (String) s[1];
      filed.add(new String[] {id, school, student});
      Instant opened = now.minus(1 + random.nextInt(700), ChronoUnit.DAYS);
      int n = 1 + random.nextInt(3);
      // seq 0 is the opening level, then n changes at increasing instants between the opening and now
      long[] offsets = random.longs(n, 1, Math.max(2, now.getEpochSecond() - opened.getEpochSecond())).sorted()
          .toArray();
      String level = levels.get(weighted(random, 40, 35, 20, 5) % levels.size());
      changes.add(new Object[] {district, id, 0, null, level, user, at(opened), cipher.encrypt("建档：普测筛查后建档", id)});
      for (int i = 0; i < n; i++) {
        String next = levels.get((levels.indexOf(level) + 1 + random.nextInt(levels.size() - 1)) % levels.size());
        changes.add(new Object[] {district, id, i + 1, level, next, user, at(opened.plusSeconds(offsets[i])),
            cipher.encrypt("依据近期观察与谈话调整关注等级", id)});
        level = next;
      }
      files.add(new Object[] {district, id, school, student, FileTrigger.values()[random.nextInt(4)].name(), user,
          at(opened), level, null, 0L, NOW, RawRows.ACTOR, NOW, RawRows.ACTOR});
      int c = random.nextInt(categories.size());
      fileCategories.add(new Object[] {district, id, categories.get(c)});
      if (random.nextBoolean()) {
        fileCategories.add(new Object[] {district, id, categories.get((c + 1) % categories.size())});
      }
      if (random.nextInt(5) == 0) {
        marks.add(new Object[] {district, id, CareMark.values()[random.nextInt(CareMark.values().length)].name(),
            cipher.encrypt("每周一次谈心，班主任每日关注，联系监护人", id), user,
            at(opened.plusSeconds(offsets[0] / 2))});
      }
      // one care record per file: an open follow-up for 30 % of files (about half overdue), a done one for 30 %
      String recordId = newId();
      LocalDate onDay = today.minusDays(5 + random.nextInt(60));
      int kind = random.nextInt(10);
      LocalDate followUp = kind < 6 ? onDay.plusDays(7 + random.nextInt(60)) : null;
      boolean done = kind >= 3 && kind < 6;
      open += kind < 3 ? 1 : 0;
      records.add(new Object[] {district, recordId, id, student, CareKind.values()[random.nextInt(4)].name(),
          onDay, cipher.encrypt("与学生谈话二十分钟，情绪较上周平稳", recordId),
          followUp == null ? null : cipher.encrypt("一周后再次谈话", recordId), followUp, user, at(now.minusSeconds(86_400L
          * (1 + random.nextInt(5)))), done ? user : null, done ? at(now.minusSeconds(3600)) : null, 0L, NOW,
          RawRows.ACTOR, NOW, RawRows.ACTOR});
    }
    // one campaign per school, closed a month ago; a result for 90 % of its students
    List<Object[]> campaigns = new ArrayList<>();
    List<Object[]> results = new ArrayList<>();
    java.util.Map<String, String> campaignOf = new java.util.HashMap<>();
    LocalDate opens = today.minusDays(60);
    LocalDate closes = today.minusDays(30);
    String scale = settings.scales().isEmpty() ? "PHQ9" : settings.scales().get(0).code();
    for (Object[] s : students) {
      String school = (String) s[2];
      String campaign = campaignOf.computeIfAbsent(school, k -> {
        String cid = newId();
        campaigns.add(new Object[] {district, cid, k, term(opens), scale, opens, closes, user, at(now), 0L, NOW,
            RawRows.ACTOR});
        return cid;
      });
      if (random.nextInt(10) == 0) {
        continue;
      }
      int band = weighted(random, 70, 18, 10, 2);
      int score = new int[] {0, 5, 10, 20}[band] + random.nextInt(new int[] {5, 5, 10, 8}[band]);
      results.add(new Object[] {district, newId(), campaign, s[1], scale, BigDecimal.valueOf(score),
          opens.plusDays(random.nextInt(31)), user, at(now.minus(20, ChronoUnit.DAYS)), NOW, RawRows.ACTOR, NOW,
          RawRows.ACTOR});
    }
    // referrals of students with a file, opened in the last 300 days, each along one path
    List<Object[]> referrals = new ArrayList<>();
    List<Object[]> steps = new ArrayList<>();
    int wanted = filed.isEmpty() ? 0 : Math.max(1, (int) Math.round(students.size() * (1000.0 / 130_000)));
    for (int r = 0; r < wanted; r++) {
      String[] f = filed.get(random.nextInt(filed.size()));
      String id = newId();
      ReferralUrgency urgency = ReferralUrgency.values()[weighted(random, 20, 30, 50)];
      boolean emergency = urgency == ReferralUrgency.CRISIS && random.nextInt(3) == 0;
      List<ReferralStatus> path = PATHS.get(weighted(random, PATH_WEIGHTS));
      Instant opened = now.minus(1 + random.nextInt(300), ChronoUnit.DAYS);
      Instant stepAt = opened;
      for (int i = 0; i < path.size(); i++) {
        steps.add(new Object[] {district, id, i, path.get(i).name(), user, at(stepAt), null, null, NOW,
            RawRows.ACTOR});
        stepAt = stepAt.plus(1 + random.nextInt(96), ChronoUnit.HOURS);
        stepAt = stepAt.isAfter(now) ? now : stepAt;
      }
      referrals.add(new Object[] {district, id, f[1], f[2], f[0], institutions.get(random.nextInt(
          institutions.size())), urgency.name(), path.get(path.size() - 1).name(),
          cipher.encrypt("学生近两周情绪低落，睡眠差，已告知监护人，需专业评估", id), emergency ? null : newId(),
          emergency ? EmergencyReason.values()[random.nextInt(EmergencyReason.values().length)].name() : null,
          at(opened), null, null, cipher.currentKeyId(), null, null, at(opened), 0L, NOW, RawRows.ACTOR, NOW,
          RawRows.ACTOR});
    }

    List<Table> tables = List.of(
        new Table("mental_health_file", columns("district_code", V, "id", V, "school_id", V, "student_id", V,
            "file_trigger", V, "opened_by", V, "opened_at", TS, "level_code", V, "counsellor_id", V, "version",
            Types.BIGINT, "created_at", TS, "created_by", V, "changed_at", TS, "changed_by", V), files),
        new Table("mental_health_file_category", columns("district_code", V, "file_id", V, "category", V),
            fileCategories),
        new Table("mental_health_level_change", columns("district_code", V, "file_id", V, "seq", Types.INTEGER,
            "from_level", V, "to_level", V, "changed_by", V, "changed_at", TS, "sealed_note", V), changes),
        new Table("mental_health_care_mark", columns("district_code", V, "file_id", V, "care_mark", V,
            "sealed_plan", V, "marked_by", V, "marked_at", TS), marks),
        new Table("care_record", columns("district_code", V, "id", V, "file_id", V, "student_id", V, "care_kind", V,
            "on_day", D, "sealed_note", V, "sealed_plan", V, "follow_up_on", D, "recorded_by", V, "recorded_at", TS,
            "followed_up_by", V, "followed_up_at", TS, "version", Types.BIGINT, "created_at", TS, "created_by", V,
            "changed_at", TS, "changed_by", V), records),
        new Table("screening_campaign", columns("district_code", V, "id", V, "school_id", V, "term", V, "scale", V,
            "opens_on", D, "closes_on", D, "recorded_by", V, "recorded_at", TS, "version", Types.BIGINT,
            "created_at", TS, "created_by", V), campaigns),
        new Table("screening_result", columns("district_code", V, "id", V, "campaign_id", V, "student_id", V,
            "scale", V, "score", Types.NUMERIC, "taken_on", D, "imported_by", V, "imported_at", TS, "created_at", TS,
            "created_by", V, "changed_at", TS, "changed_by", V), results),
        new Table("referral", columns("district_code", V, "id", V, "school_id", V, "student_id", V, "file_id", V,
            "institution_id", V, "urgency", V, "status", V, "shared_summary", V, "consent_id", V,
            "emergency_reason", V, "guardian_informed_at", TS, "outcome_note", V, "follow_up_plan", V, "key_id", V,
            "rerouted_from", V, "rerouted_to", V, "opened_at", TS, "version", Types.BIGINT, "created_at", TS,
            "created_by", V, "changed_at", TS, "changed_by", V), referrals),
        new Table("referral_step", columns("district_code", V, "referral_id", V, "step_no", Types.INTEGER,
            "status", V, "done_by", V, "done_at", TS, "sealed_note", V, "note_key_id", V, "created_at", TS,
            "created_by", V), steps));
    return new MentalHealthRows(RawRows.of(tables, JdbcStorage.BATCH_SIZE), files.size(), changes.size(),
        marks.size(), records.size(), open, campaigns.size(), results.size(), referrals.size());
  }

  String describe() {
    return String.format(Locale.ROOT, "%,d files (%,d level rows), %,d care marks, %,d care records (%,d open"
        + " follow-ups), %,d screening campaigns with %,d results, %,d referrals; %,d rows in all", files,
        levelChanges, marks, careRecords, openFollowUps, campaigns, results, referrals, rows.totalRows());
  }

  /** The term a day falls in: September–January the first of the school year, February–August the second. */
  static String term(LocalDate day) {
    int month = day.getMonthValue();
    int year = month >= 9 ? day.getYear() : day.getYear() - 1;
    return year + "-" + (year + 1) + "-" + (month >= 9 || month == 1 ? 1 : 2);
  }

  private static int weighted(Random random, int... weights) {
    int r = random.nextInt(Arrays.stream(weights).sum());
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return 0;
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
