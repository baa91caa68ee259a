package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.application.screening.port.out.ScreeningCampaigns;
import org.jiaolianti.application.screening.port.out.ScreeningResults;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaign;
import org.jiaolianti.domain.mentalhealth.ScreeningCampaignId;
import org.jiaolianti.domain.mentalhealth.ScreeningResult;
import org.jiaolianti.domain.mentalhealth.ScreeningResultId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The screening ports on {@code screening_campaign} and {@code screening_result} (V19). */
final class JdbcScreenings {

  /** Ids per {@code IN (…)} list: well below both databases' parameter limits. */
  private static final int IN_CHUNK = 500;

  private JdbcScreenings() {}

  /** Campaigns: INSERT and SELECT only; lists sorted in Java so that both databases give the same order. */
  static final class JdbcScreeningCampaigns implements ScreeningCampaigns {

    private static final Comparator<ScreeningCampaign> ORDER = Comparator.comparing(ScreeningCampaign::opensOn)
        .reversed().thenComparing(c -> c.id().value());
    private final JdbcSession session;

    JdbcScreeningCampaigns(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(ScreeningCampaign c) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO screening_campaign (district_code, id, school_id,"
              + " term, scale, opens_on, closes_on, recorded_by, recorded_at, version, created_at, created_by) VALUES"
              + " (:d, :id, :school, :term, :scale, :opens, :closes, :by, :at, :version, :now, :actor)")
          .bind("d", c.district().value()).bind("id", c.id().value()).bind("school", c.school().value())
          .bind("term", c.term().value()).bind("scale", c.scale()).bind("opens", Sql.date(c.opensOn()))
          .bind("closes", Sql.date(c.closesOn())).bind("by", c.createdBy().value())
          .bind("at", Sql.instant(c.createdAt())).bind("version", c.version()).bind("now", Sql.instant(session.now()))
          .bind("actor", session.actor()).execute()),
          () -> ConflictException.duplicate("id", c.id().value()));
    }

    @Override
    public Optional<ScreeningCampaign> byId(DistrictCode district, ScreeningCampaignId id) {
      return session.call(h -> h.createQuery("SELECT * FROM screening_campaign WHERE district_code = :d AND id = :id")
          .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> campaign(rs)).findOne());
    }

    @Override
    public List<ScreeningCampaign> ofSchool(DistrictCode district, SchoolId school) {
      return session.call(h -> h.createQuery("SELECT * FROM screening_campaign WHERE district_code = :d"
              + " AND school_id = :s").bind("d", district.value()).bind("s", school.value())
          .map((rs, ctx) -> campaign(rs)).list()).stream().sorted(ORDER).toList();
    }

    @Override
    public List<ScreeningCampaign> all(DistrictCode district) {
      return session.call(h -> h.createQuery("SELECT * FROM screening_campaign WHERE district_code = :d")
          .bind("d", district.value()).map((rs, ctx) -> campaign(rs)).list()).stream().sorted(ORDER).toList();
    }

    private static ScreeningCampaign campaign(ResultSet rs) throws SQLException {
      return new ScreeningCampaign(ScreeningCampaignId.of(rs.getString("id")),
          DistrictCode.of(rs.getString("district_code")), SchoolId.of(rs.getString("school_id")),
          Term.of(rs.getString("term")), rs.getString("scale"), Sql.date(rs, "opens_on"), Sql.date(rs, "closes_on"),
          UserId.of(rs.getString("recorded_by")), Sql.instant(rs, "recorded_at"), rs.getLong("version"));
    }
  }

  /**
   * Results: a stored id is updated in place, a new one inserted, in one transaction (a unique-key violation rolls
   * the whole save back); lists sorted by student id in Java.
   */
  static final class JdbcScreeningResults implements ScreeningResults {

    private final JdbcSession session;

    JdbcScreeningResults(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void save(List<ScreeningResult> results) {
      if (results.isEmpty()) {
        return;
      }
      Sql.unique(() -> session.run(h -> {
        Map<DistrictCode, List<ScreeningResult>> byDistrict = new HashMap<>();
        results.forEach(r -> byDistrict.computeIfAbsent(r.district(), d -> new ArrayList<>()).add(r));
        List<ScreeningResult> updates = new ArrayList<>();
        List<ScreeningResult> inserts = new ArrayList<>();
        for (Map.Entry<DistrictCode, List<ScreeningResult>> e : byDistrict.entrySet()) {
          Set<String> stored = new HashSet<>();
          List<String> ids = e.getValue().stream().map(r -> r.id().value()).toList();
          for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            stored.addAll(h.createQuery("SELECT id FROM screening_result WHERE district_code = :d AND id IN (<ids>)")
                .bind("d", e.getKey().value()).bindList("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)))
                .mapTo(String.class).list());
          }
          e.getValue().forEach(r -> (stored.contains(r.id().value()) ? updates : inserts).add(r));
        }
        Sql.batch(h, "UPDATE screening_result SET campaign_id = :campaign, student_id = :student, scale = :scale,"
            + " score = :score, taken_on = :on, imported_by = :by, imported_at = :at, changed_at = :now,"
            + " changed_by = :actor WHERE district_code = :d AND id = :id", updates, (b, r) -> bind(b, r));
        Sql.batch(h, "INSERT INTO screening_result (district_code, id, campaign_id, student_id, scale, score, taken_on,"
            + " imported_by, imported_at, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :campaign,"
            + " :student, :scale, :score, :on, :by, :at, :now, :actor, :now, :actor)", inserts, (b, r) -> bind(b, r));
      }), () -> Sql.duplicateInBatch("studentId"));
    }

    private void bind(org.jdbi.v3.core.statement.PreparedBatch b, ScreeningResult r) {
      b.bind("d", r.district().value()).bind("id", r.id().value()).bind("campaign", r.campaign().value())
          .bind("student", r.student().value()).bind("scale", r.scale()).bind("score", r.score())
          .bind("on", Sql.date(r.takenOn())).bind("by", r.importedBy().value()).bind("at", Sql.instant(r.importedAt()))
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
    }

    @Override
    public List<ScreeningResult> ofCampaign(DistrictCode district, ScreeningCampaignId campaign) {
      return session.call(h -> h.createQuery("SELECT * FROM screening_result WHERE district_code = :d"
              + " AND campaign_id = :c").bind("d", district.value()).bind("c", campaign.value())
          .map((rs, ctx) -> result(rs)).list()).stream()
          .sorted(Comparator.comparing((ScreeningResult r) -> r.student().value())).toList();
    }

    @Override
    public Map<StudentId, LocalDate> lastTakenOn(DistrictCode district, Collection<StudentId> students) {
      List<String> ids = students.stream().map(StudentId::value).distinct().toList();
      Map<StudentId, LocalDate> last = new HashMap<>();
      for (int from = 0; from < ids.size(); from += IN_CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
        session.run(h -> h.createQuery("SELECT student_id, MAX(taken_on) AS last_on FROM screening_result"
                + " WHERE district_code = :d AND student_id IN (<ids>) GROUP BY student_id")
            .bind("d", district.value()).bindList("ids", chunk)
            .map((rs, ctx) -> Map.entry(StudentId.of(rs.getString("student_id")), Sql.date(rs, "last_on"))).list()
            .forEach(e -> last.put(e.getKey(), e.getValue())));
      }
      return last;
    }

    @Override
    public List<ScreeningResult> takenBetween(DistrictCode district, LocalDate from, LocalDate to) {
      return session.call(h -> h.createQuery("SELECT * FROM screening_result WHERE district_code = :d"
              + " AND taken_on BETWEEN :from AND :to").bind("d", district.value())
          .bind("from", Sql.date(from)).bind("to", Sql.date(to)).map((rs, ctx) -> result(rs)).list()).stream()
          // ordered here, not by the database's collation, so that every storage orders alike
          .sorted(Comparator.comparing((ScreeningResult r) -> r.student().value())
              .thenComparing(r -> r.campaign().value())).toList();
    }

        private static ScreeningResult result(ResultSet rs) throws SQLException {
      return new ScreeningResult(ScreeningResultId.of(rs.getString("id")),
          DistrictCode.of(rs.getString("district_code")), ScreeningCampaignId.of(rs.getString("campaign_id")),
          StudentId.of(rs.getString("student_id")), rs.getString("scale"), Sql.decimal(rs, "score"),
          Sql.date(rs, "taken_on"), UserId.of(rs.getString("imported_by")), Sql.instant(rs, "imported_at"));
    }
  }
}
