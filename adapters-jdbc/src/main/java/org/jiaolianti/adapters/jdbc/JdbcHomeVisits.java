package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jiaolianti.application.homevisit.port.out.HomeVisits;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.domain.homevisit.HomeVisit;
import org.jiaolianti.domain.homevisit.HomeVisitId;
import org.jiaolianti.domain.homevisit.VisitMode;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link HomeVisits} on {@code home_visit} (V12): INSERT and SELECT only; the sealed note is stored as given. Lists
 * are sorted in Java so that both databases give the same order.
 */
final class JdbcHomeVisits implements HomeVisits {

  private static final Comparator<HomeVisit> NEWEST_FIRST = Comparator.comparing(HomeVisit::visitedOn)
      .thenComparing(HomeVisit::recordedAt).thenComparing(v -> v.id().value()).reversed();
  private final JdbcSession session;

  JdbcHomeVisits(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(HomeVisit v) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO home_visit (district_code, id, school_id,"
            + " student_id, visited_on, visitor_ids, visit_mode, topics, sealed_note, note_key_id, flags_concern,"
            + " recorded_by, recorded_at, version, created_at, created_by) VALUES (:d, :id, :school, :student, :on,"
            + " :visitors, :mode, :topics, :note, :keyId, :concern, :by, :at, :version, :now, :actor)")
        .bind("d", v.district().value()).bind("id", v.id().value()).bind("school", v.school().value())
        .bind("student", v.student().value()).bind("on", Sql.date(v.visitedOn()))
        .bind("visitors", v.visitors().stream().map(UserId::value).collect(Collectors.joining(",")))
        .bind("mode", v.mode().name()).bind("topics", String.join("\n", v.topics()))
        .bind("note", v.sealedNote()).bind("keyId", v.hasNote() ? FieldCipher.keyIdOf(v.sealedNote()) : null)
        .bind("concern", v.flagsConcern()).bind("by", v.recordedBy().value()).bind("at", Sql.instant(v.recordedAt()))
        .bind("version", v.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .execute()),
        () -> ConflictException.duplicate("id", v.id().value()));
  }

  @Override
  public Optional<HomeVisit> byId(DistrictCode district, HomeVisitId id) {
    return session.call(h -> h.createQuery("SELECT * FROM home_visit WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> visit(rs)).findOne());
  }

  @Override
  public List<HomeVisit> ofStudent(DistrictCode district, StudentId student) {
    return session.call(h -> h.createQuery("SELECT * FROM home_visit WHERE district_code = :d AND student_id = :s")
        .bind("d", district.value()).bind("s", student.value()).map((rs, ctx) -> visit(rs)).list())
        .stream().sorted(NEWEST_FIRST).toList();
  }

  @Override
  public List<HomeVisit> ofSchool(DistrictCode district, SchoolId school) {
    return session.call(h -> h.createQuery("SELECT * FROM home_visit WHERE district_code = :d AND school_id = :s")
        .bind("d", district.value()).bind("s", school.value()).map((rs, ctx) -> visit(rs)).list())
        .stream().sorted(NEWEST_FIRST).toList();
  }

  private static HomeVisit visit(ResultSet rs) throws SQLException {
    String topics = rs.getString("topics");
    return new HomeVisit(HomeVisitId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), StudentId.of(rs.getString("student_id")),
        Sql.date(rs, "visited_on"),
        Arrays.stream(rs.getString("visitor_ids").split(",")).map(UserId::of).toList(),
        VisitMode.valueOf(rs.getString("visit_mode")),
        topics.isEmpty() ? List.of() : List.of(topics.split("\n")), rs.getString("sealed_note"),
        rs.getBoolean("flags_concern"), UserId.of(rs.getString("recorded_by")), Sql.instant(rs, "recorded_at"),
        rs.getLong("version"));
  }
}
