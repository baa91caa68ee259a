package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.performance.port.out.NoteReads;
import org.jiaolianti.application.performance.port.out.PerformanceNotes;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.performance.NoteCategory;
import org.jiaolianti.domain.performance.NoteRead;
import org.jiaolianti.domain.performance.PerformanceNote;
import org.jiaolianti.domain.performance.PerformanceNoteId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link PerformanceNotes} on {@code performance_note} (V6): the only UPDATE sets the void columns; the text is
 * never updated. Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcPerformanceNotes implements PerformanceNotes {

  private static final Comparator<PerformanceNote> ORDER =
      Comparator.comparing(PerformanceNote::writtenAt).thenComparing(n -> n.id().value());
  private final JdbcSession session;

  JdbcPerformanceNotes(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(PerformanceNote n) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO performance_note (district_code, id, school_id,"
            + " student_id, author_id, author_name, written_on, written_at, category, note_text, restricted,"
            + " voided_at, voided_by, void_reason, version, created_at, created_by, changed_at, changed_by)"
            + " VALUES (:d, :id, :school, :student, :author, :name, :on, :at, :category, :text, :restricted,"
            + " :voidedAt, :voidedBy, :reason, :version, :now, :actor, :now, :actor)")
        .bind("d", n.district().value()).bind("id", n.id().value()).bind("school", n.school().value())
        .bind("student", n.student().value()).bind("author", n.author().value()).bind("name", n.authorName())
        .bind("on", Sql.date(n.writtenOn())).bind("at", Sql.instant(n.writtenAt()))
        .bind("category", n.category().name()).bind("text", n.text()).bind("restricted", n.restricted())
        .bind("voidedAt", Sql.instant(n.voidedAt()))
        .bind("voidedBy", n.voidedBy() == null ? null : n.voidedBy().value()).bind("reason", n.voidReason())
        .bind("version", n.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .execute()),
        () -> ConflictException.duplicate("id", n.id().value()));
  }

  @Override
  public Optional<PerformanceNote> byId(DistrictCode district, PerformanceNoteId id) {
    return session.call(h -> h.createQuery("SELECT * FROM performance_note WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> note(rs)).findOne());
  }

  @Override
  public List<PerformanceNote> ofStudent(DistrictCode district, StudentId student) {
    return session.call(h -> h.createQuery("SELECT * FROM performance_note WHERE district_code = :d"
            + " AND student_id = :student")
        .bind("d", district.value()).bind("student", student.value()).map((rs, ctx) -> note(rs)).list())
        .stream().sorted(ORDER).toList();
  }

  @Override
  public PerformanceNote markVoided(PerformanceNote n) {
    if (!n.voided()) {
      throw new IllegalArgumentException("the note is not voided");
    }
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE performance_note SET voided_at = :voidedAt, voided_by = :voidedBy,"
              + " void_reason = :reason, version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("voidedAt", Sql.instant(n.voidedAt())).bind("voidedBy", n.voidedBy().value())
          .bind("reason", n.voidReason()).bind("version", n.version()).bind("now", Sql.instant(session.now()))
          .bind("actor", session.actor()).bind("d", n.district().value()).bind("id", n.id().value()).execute();
      Sql.updatedOne(rows, h, "performance_note", n.district().value(), n.id().value(), "performance note");
      return h.createQuery("SELECT * FROM performance_note WHERE district_code = :d AND id = :id")
          .bind("d", n.district().value()).bind("id", n.id().value()).map((rs, ctx) -> note(rs)).one();
    });
  }

  private static PerformanceNote note(ResultSet rs) throws SQLException {
    return new PerformanceNote(PerformanceNoteId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), StudentId.of(rs.getString("student_id")),
        UserId.of(rs.getString("author_id")), rs.getString("author_name"), Sql.date(rs, "written_on"),
        Sql.instant(rs, "written_at"), NoteCategory.valueOf(rs.getString("category")), rs.getString("note_text"),
        rs.getBoolean("restricted"), Sql.instant(rs, "voided_at"), Sql.nullable(rs.getString("voided_by"), UserId::of),
        rs.getString("void_reason"), rs.getLong("version"));
  }

  /** {@link NoteReads} on {@code note_read_audit}: INSERT and SELECT only. */
  static final class JdbcNoteReads implements NoteReads {
    private final JdbcSession session;

    JdbcNoteReads(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(NoteRead r) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO note_read_audit (district_code, id, note_id,"
              + " student_id, reader_id, read_at, created_at, created_by) VALUES (:d, :id, :note, :student, :reader,"
              + " :at, :now, :actor)")
          .bind("d", r.district().value()).bind("id", r.id()).bind("note", r.note().value())
          .bind("student", r.student().value()).bind("reader", r.reader().value()).bind("at", Sql.instant(r.readAt()))
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
          () -> ConflictException.duplicate("id", r.id()));
    }

    @Override
    public List<NoteRead> ofStudent(DistrictCode district, StudentId student) {
      return session.call(h -> h.createQuery("SELECT * FROM note_read_audit WHERE district_code = :d"
              + " AND student_id = :student")
          .bind("d", district.value()).bind("student", student.value())
          .map((rs, ctx) -> new NoteRead(rs.getString("id"), DistrictCode.of(rs.getString("district_code")),
              PerformanceNoteId.of(rs.getString("note_id")), StudentId.of(rs.getString("student_id")),
              UserId.of(rs.getString("reader_id")), Sql.instant(rs, "read_at")))
          .list()).stream().sorted(Comparator.comparing(NoteRead::readAt).thenComparing(NoteRead::id)).toList();
    }
  }
}
