package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.CareMarkEntry;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.CareRecordId;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.LevelChange;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link MentalHealthFiles} on {@code mental_health_file} and its child tables (V18): the file row, its categories,
 * its level history (rows only ever inserted: an update appends the changes past the stored count) and its marks
 * (replaced with the file). Texts are stored as the application sealed them. A file is read with one query per
 * table, whatever the number of files. Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcMentalHealthFiles implements MentalHealthFiles {

  private static final Comparator<MentalHealthFile> ORDER = Comparator.comparing(MentalHealthFile::openedAt)
      .thenComparing(f -> f.id().value());
  private final JdbcSession session;

  JdbcMentalHealthFiles(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(MentalHealthFile f) {
    Sql.unique(() -> session.run(h -> {
      h.createUpdate("INSERT INTO mental_health_file (district_code, id, school_id, student_id, file_trigger,"
              + " opened_by, opened_at, level_code, counsellor_id, version, created_at, created_by, changed_at,"
              + " changed_by) VALUES (:d, :id, :school, :student, :trigger, :openedBy, :openedAt, :level,"
              + " :counsellor, :version, :now, :actor, :now, :actor)")
          .bind("d", f.district().value()).bind("id", f.id().value()).bind("school", f.school().value())
          .bind("student", f.student().value()).bind("trigger", f.trigger().name())
          .bind("openedBy", f.openedBy().value()).bind("openedAt", Sql.instant(f.openedAt()))
          .bind("level", f.level()).bind("counsellor", f.counsellor() == null ? null : f.counsellor().value())
          .bind("version", f.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .execute();
      insertChildren(h, f, 0);
    }), () -> ConflictException.duplicate("studentId", f.student().value()));
  }

  @Override
  public Optional<MentalHealthFile> byId(DistrictCode district, MentalHealthFileId id) {
    return session.call(h -> load(h, "f.district_code = :d AND f.id = :x", district, id.value())).stream()
        .findFirst();
  }

  @Override
  public Optional<MentalHealthFile> ofStudent(DistrictCode district, StudentId student) {
    return session.call(h -> load(h, "f.district_code = :d AND f.student_id = :x", district, student.value()))
        .stream().findFirst();
  }

  @Override
  public List<MentalHealthFile> ofSchool(DistrictCode district, SchoolId school) {
    return session.call(h -> load(h, "f.district_code = :d AND f.school_id = :x", district, school.value()));
  }

  @Override
  public List<MentalHealthFile> all(DistrictCode district) {
    return session.call(h -> load(h, "f.district_code = :d", district, null));
  }

  @Override
  public MentalHealthFile update(MentalHealthFile f) {
    String d = f.district().value();
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE mental_health_file SET level_code = :level, counsellor_id = :counsellor,"
              + " version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("level", f.level()).bind("counsellor", f.counsellor() == null ? null : f.counsellor().value())
          .bind("version", f.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", d).bind("id", f.id().value()).execute();
      Sql.updatedOne(rows, h, "mental_health_file", d, f.id().value(), "mental-health file");
      int stored = h.createQuery("SELECT COUNT(*) FROM mental_health_level_change WHERE district_code = :d"
          + " AND file_id = :id").bind("d", d).bind("id", f.id().value()).mapTo(Integer.class).one();
      if (f.levelHistory().size() < stored) {
        throw new IllegalArgumentException("the level history only grows");
      }
      h.createUpdate("DELETE FROM mental_health_file_category WHERE district_code = :d AND file_id = :id")
          .bind("d", d).bind("id", f.id().value()).execute();
      h.createUpdate("DELETE FROM mental_health_care_mark WHERE district_code = :d AND file_id = :id")
          .bind("d", d).bind("id", f.id().value()).execute();
      insertChildren(h, f, stored);
      return load(h, "f.district_code = :d AND f.id = :x", f.district(), f.id().value()).get(0);
    });
  }

  /** The categories and marks, and the level changes from {@code fromSeq} on. */
  private static void insertChildren(Handle h, MentalHealthFile f, int fromSeq) {
    String d = f.district().value();
    String id = f.id().value();
    for (String c : f.categories()) {
      h.createUpdate("INSERT INTO mental_health_file_category (district_code, file_id, category)"
          + " VALUES (:d, :id, :c)").bind("d", d).bind("id", id).bind("c", c).execute();
    }
    for (int i = fromSeq; i < f.levelHistory().size(); i++) {
      LevelChange c = f.levelHistory().get(i);
      h.createUpdate("INSERT INTO mental_health_level_change (district_code, file_id, seq, from_level, to_level,"
              + " changed_by, changed_at, sealed_note) VALUES (:d, :id, :seq, :from, :to, :by, :at, :note)")
          .bind("d", d).bind("id", id).bind("seq", i).bind("from", c.from()).bind("to", c.to())
          .bind("by", c.by().value()).bind("at", Sql.instant(c.at())).bind("note", c.note()).execute();
    }
    for (CareMarkEntry m : f.marks()) {
      h.createUpdate("INSERT INTO mental_health_care_mark (district_code, file_id, care_mark, sealed_plan,"
              + " marked_by, marked_at) VALUES (:d, :id, :mark, :plan, :by, :at)")
          .bind("d", d).bind("id", id).bind("mark", m.mark().name()).bind("plan", m.plan())
          .bind("by", m.by().value()).bind("at", Sql.instant(m.at())).execute();
    }
  }

  /**
   * The files matching {@code where} (on alias {@code f}; binds :d, and :x unless {@code x} is null), each with its
   * child rows.
   */
  private static List<MentalHealthFile> load(Handle h, String where, DistrictCode district, String x) {
    Map<String, Object> args = x == null ? Map.of("d", district.value()) : Map.of("d", district.value(), "x", x);
    List<Row> rows = h.createQuery("SELECT f.* FROM mental_health_file f WHERE " + where)
        .bindMap(args).map((rs, ctx) -> row(rs)).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    String join = " JOIN mental_health_file f ON f.district_code = c.district_code AND f.id = c.file_id WHERE ";
    Map<String, Set<String>> categories = new LinkedHashMap<>();
    h.createQuery("SELECT c.file_id, c.category FROM mental_health_file_category c" + join + where)
        .bindMap(args)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list()
        .forEach(r -> categories.computeIfAbsent(r[0], k -> new TreeSet<>()).add(r[1]));
    Map<String, List<LevelChange>> history = new LinkedHashMap<>();
    h.createQuery("SELECT c.* FROM mental_health_level_change c" + join + where + " ORDER BY c.file_id, c.seq")
        .bindMap(args)
        .map((rs, ctx) -> Map.entry(rs.getString("file_id"), new LevelChange(rs.getString("from_level"),
            rs.getString("to_level"), UserId.of(rs.getString("changed_by")), Sql.instant(rs, "changed_at"),
            rs.getString("sealed_note")))).list()
        .forEach(e -> history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<String, List<CareMarkEntry>> marks = new LinkedHashMap<>();
    h.createQuery("SELECT c.* FROM mental_health_care_mark c" + join + where)
        .bindMap(args)
        .map((rs, ctx) -> Map.entry(rs.getString("file_id"), new CareMarkEntry(CareMark.valueOf(
            rs.getString("care_mark")), rs.getString("sealed_plan"), UserId.of(rs.getString("marked_by")),
            Sql.instant(rs, "marked_at")))).list()
        .forEach(e -> marks.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return rows.stream().map(r -> MentalHealthFile.reconstitute(MentalHealthFileId.of(r.id), district,
        SchoolId.of(r.school), StudentId.of(r.student), FileTrigger.valueOf(r.trigger), UserId.of(r.openedBy),
        r.openedAt, r.level, categories.getOrDefault(r.id, Set.of()), history.getOrDefault(r.id, List.of()),
        marks.getOrDefault(r.id, List.of()), r.counsellor == null ? null : UserId.of(r.counsellor), r.version))
        .sorted(ORDER).toList();
  }

  private record Row(String id, String school, String student, String trigger, String openedBy,
      java.time.Instant openedAt, String level, String counsellor, long version) {}

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString("id"), rs.getString("school_id"), rs.getString("student_id"),
        rs.getString("file_trigger"), rs.getString("opened_by"), Sql.instant(rs, "opened_at"),
        rs.getString("level_code"), rs.getString("counsellor_id"), rs.getLong("version"));
  }

  /**
   * {@link CareRecords} on {@code care_record} (V18): inserted once; the only UPDATE sets the follow-up (optimistic
   * on version). Lists are sorted in Java.
   */
  static final class JdbcCareRecords implements CareRecords {

    private static final Comparator<CareRecord> ORDER = Comparator.comparing(CareRecord::on)
        .thenComparing(CareRecord::recordedAt).thenComparing(r -> r.id().value());
    private final JdbcSession session;

    JdbcCareRecords(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(CareRecord r) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO care_record (district_code, id, file_id,"
              + " student_id, care_kind, on_day, sealed_note, sealed_plan, follow_up_on, recorded_by, recorded_at,"
              + " followed_up_by, followed_up_at, version, created_at, created_by, changed_at, changed_by) VALUES"
              + " (:d, :id, :file, :student, :kind, :on, :note, :plan, :followUpOn, :by, :at, :doneBy, :doneAt,"
              + " :version, :now, :actor, :now, :actor)")
          .bind("d", r.district().value()).bind("id", r.id().value()).bind("file", r.file().value())
          .bind("student", r.student().value()).bind("kind", r.kind().name()).bind("on", Sql.date(r.on()))
          .bind("note", r.note()).bind("plan", r.plan()).bind("followUpOn", Sql.date(r.followUpOn()))
          .bind("by", r.recordedBy().value()).bind("at", Sql.instant(r.recordedAt()))
          .bind("doneBy", r.followedUpBy() == null ? null : r.followedUpBy().value())
          .bind("doneAt", Sql.instant(r.followedUpAt())).bind("version", r.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
          () -> ConflictException.duplicate("id", r.id().value()));
    }

    @Override
    public Optional<CareRecord> byId(DistrictCode district, CareRecordId id) {
      return session.call(h -> h.createQuery("SELECT * FROM care_record WHERE district_code = :d AND id = :id")
          .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> record(rs)).findOne());
    }

    @Override
    public List<CareRecord> ofFile(DistrictCode district, MentalHealthFileId file) {
      return session.call(h -> h.createQuery("SELECT * FROM care_record WHERE district_code = :d AND file_id = :f")
          .bind("d", district.value()).bind("f", file.value()).map((rs, ctx) -> record(rs)).list()).stream()
          .sorted(ORDER).toList();
    }

    @Override
    public List<CareRecord> openFollowUps(DistrictCode district) {
      return session.call(h -> h.createQuery("SELECT * FROM care_record WHERE district_code = :d"
              + " AND follow_up_on IS NOT NULL AND followed_up_at IS NULL")
          .bind("d", district.value()).map((rs, ctx) -> record(rs)).list()).stream().sorted(ORDER).toList();
    }

    @Override
    public CareRecord update(CareRecord r) {
      return session.call(h -> {
        int rows = h.createUpdate("UPDATE care_record SET followed_up_by = :doneBy, followed_up_at = :doneAt,"
                + " version = :version + 1, changed_at = :now, changed_by = :actor"
                + " WHERE district_code = :d AND id = :id AND version = :version")
            .bind("doneBy", r.followedUpBy() == null ? null : r.followedUpBy().value())
            .bind("doneAt", Sql.instant(r.followedUpAt())).bind("version", r.version())
            .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
            .bind("d", r.district().value()).bind("id", r.id().value()).execute();
        Sql.updatedOne(rows, h, "care_record", r.district().value(), r.id().value(), "care record");
        return h.createQuery("SELECT * FROM care_record WHERE district_code = :d AND id = :id")
            .bind("d", r.district().value()).bind("id", r.id().value()).map((rs, ctx) -> record(rs)).one();
      });
    }

    private static CareRecord record(ResultSet rs) throws SQLException {
      String doneBy = rs.getString("followed_up_by");
      return new CareRecord(CareRecordId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
          MentalHealthFileId.of(rs.getString("file_id")), StudentId.of(rs.getString("student_id")),
          CareKind.valueOf(rs.getString("care_kind")), Sql.date(rs, "on_day"), rs.getString("sealed_note"),
          rs.getString("sealed_plan"), Sql.date(rs, "follow_up_on"), UserId.of(rs.getString("recorded_by")),
          Sql.instant(rs, "recorded_at"), doneBy == null ? null : UserId.of(doneBy),
          Sql.instant(rs, "followed_up_at"), rs.getLong("version"));
    }
  }
}
