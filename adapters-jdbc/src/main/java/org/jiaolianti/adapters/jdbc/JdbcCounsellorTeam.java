package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentalhealth.CounsellorPost;
import org.jiaolianti.domain.mentalhealth.CounsellorPostId;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.mentalhealth.TrainingRecord;
import org.jiaolianti.domain.mentalhealth.TrainingRecordId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link CounsellorTeam} on {@code counsellor_post} and {@code counsellor_training} (V16): posts are inserted once
 * and the only UPDATE sets the period's end or the lead mark (optimistic on version); training records are inserted
 * once, their topics one per line. Lists are sorted in Java so that both databases give the same order.
 */
final class JdbcCounsellorTeam implements CounsellorTeam {

  private static final Comparator<CounsellorPost> POST_ORDER =
      Comparator.comparing((CounsellorPost p) -> p.period().validFrom()).thenComparing(p -> p.id().value());
  private static final Comparator<TrainingRecord> TRAINING_ORDER = Comparator.comparing(TrainingRecord::on)
      .thenComparing(TrainingRecord::recordedAt).thenComparing(r -> r.id().value());
  private final JdbcSession session;

  JdbcCounsellorTeam(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void addPost(CounsellorPost p) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO counsellor_post (district_code, id, school_id,"
            + " counsellor_id, kind, is_lead, valid_from, valid_to, version, created_at, created_by, changed_at,"
            + " changed_by) VALUES (:d, :id, :school, :counsellor, :kind, :lead, :from, :to, :version, :now, :actor,"
            + " :now, :actor)")
        .bind("d", p.district().value()).bind("id", p.id().value()).bind("school", p.school().value())
        .bind("counsellor", p.counsellor().value()).bind("kind", Sql.name(p.kind())).bind("lead", p.lead())
        .bind("from", Sql.date(p.period().validFrom())).bind("to", Sql.date(p.period().validTo()))
        .bind("version", p.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
        .execute()),
        () -> ConflictException.duplicate("id", p.id().value()));
  }

  @Override
  public Optional<CounsellorPost> postById(DistrictCode district, CounsellorPostId id) {
    return session.call(h -> h.createQuery("SELECT * FROM counsellor_post WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> post(rs)).findOne());
  }

  @Override
  public List<CounsellorPost> posts(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM counsellor_post WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> post(rs)).list()).stream().sorted(POST_ORDER).toList();
  }

  @Override
  public CounsellorPost updatePost(CounsellorPost p) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE counsellor_post SET valid_to = :to, is_lead = :lead, version = :version + 1,"
              + " changed_at = :now, changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version")
          .bind("to", Sql.date(p.period().validTo())).bind("lead", p.lead()).bind("version", p.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", p.district().value()).bind("id", p.id().value()).execute();
      Sql.updatedOne(rows, h, "counsellor_post", p.district().value(), p.id().value(), "counsellor post");
      return h.createQuery("SELECT * FROM counsellor_post WHERE district_code = :d AND id = :id")
          .bind("d", p.district().value()).bind("id", p.id().value()).map((rs, ctx) -> post(rs)).one();
    });
  }

  @Override
  public void addTraining(TrainingRecord r) {
    if (r.topics().stream().anyMatch(t -> t.contains("\n") || t.contains("\r"))) {
      throw new IllegalArgumentException("a topic must be one line");
    }
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO counsellor_training (district_code, id,"
            + " counsellor_id, trained_on, hours, topics, recorded_by, recorded_at, created_at, created_by) VALUES"
            + " (:d, :id, :counsellor, :on, :hours, :topics, :by, :at, :now, :actor)")
        .bind("d", r.district().value()).bind("id", r.id().value()).bind("counsellor", r.counsellor().value())
        .bind("on", Sql.date(r.on())).bind("hours", r.hours()).bind("topics", String.join("\n", r.topics()))
        .bind("by", r.recordedBy().value()).bind("at", Sql.instant(r.recordedAt()))
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", r.id().value()));
  }

  @Override
  public List<TrainingRecord> trainings(DistrictCode district, UserId counsellor) {
    return session.call(h -> h.createQuery("SELECT * FROM counsellor_training WHERE district_code = :d"
            + " AND counsellor_id = :c")
        .bind("d", district.value()).bind("c", counsellor.value()).map((rs, ctx) -> training(rs)).list())
        .stream().sorted(TRAINING_ORDER).toList();
  }

  private static CounsellorPost post(ResultSet rs) throws SQLException {
    return new CounsellorPost(CounsellorPostId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), UserId.of(rs.getString("counsellor_id")),
        PostKind.valueOf(rs.getString("kind")), rs.getBoolean("is_lead"),
        DateRange.of(Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to")), rs.getLong("version"));
  }

  private static TrainingRecord training(ResultSet rs) throws SQLException {
    return new TrainingRecord(TrainingRecordId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        UserId.of(rs.getString("counsellor_id")), Sql.date(rs, "trained_on"), Sql.decimal(rs, "hours"),
        Arrays.asList(rs.getString("topics").split("\n", -1)), UserId.of(rs.getString("recorded_by")),
        Sql.instant(rs, "recorded_at"));
  }
}
