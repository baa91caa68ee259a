package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jiaolianti.application.referral.port.out.Referrals;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.FieldCipher;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.mentalhealth.EmergencyReason;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.mentalhealth.ReferralId;
import org.jiaolianti.domain.mentalhealth.ReferralStatus;
import org.jiaolianti.domain.mentalhealth.ReferralUrgency;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Referrals} on {@code referral} and {@code referral_step} (V20): the sealed texts are stored as given; the
 * referral row is updated optimistically on version, steps are only inserted (those beyond the stored ones). Lists
 * are sorted in Java so that both databases give the same order.
 */
final class JdbcReferrals implements Referrals {

  private static final Comparator<Sealed> ORDER = Comparator.comparing(Sealed::openedAt).reversed()
      .thenComparing(s -> s.id().value());
  private final JdbcSession session;

  JdbcReferrals(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Sealed r) {
    Sql.unique(() -> session.run(h -> {
      h.createUpdate("INSERT INTO referral (district_code, id, school_id, student_id, file_id, institution_id,"
              + " urgency, status, shared_summary, consent_id, emergency_reason, guardian_informed_at, outcome_note,"
              + " follow_up_plan, key_id, rerouted_from, rerouted_to, opened_at, version, created_at, created_by,"
              + " changed_at, changed_by) VALUES (:d, :id, :school, :student, :file, :institution, :urgency, :status,"
              + " :summary, :consent, :reason, :informed, :outcome, :plan, :keyId, :from, :to, :opened, :version,"
              + " :now, :actor, :now, :actor)")
          .bind("d", r.district().value()).bind("id", r.id().value()).bind("school", r.school().value())
          .bind("student", r.student().value()).bind("file", r.file() == null ? null : r.file().value())
          .bind("institution", r.institution().value()).bind("urgency", r.urgency().name())
          .bind("status", r.status().name()).bind("summary", r.sharedSummary())
          .bind("consent", r.consent() == null ? null : r.consent().value())
          .bind("reason", Sql.name(r.emergencyReason())).bind("informed", Sql.instant(r.guardianInformedAt()))
          .bind("outcome", r.outcomeNote()).bind("plan", r.followUpPlan())
          .bind("keyId", FieldCipher.keyIdOf(r.sharedSummary()))
          .bind("from", r.reroutedFrom() == null ? null : r.reroutedFrom().value())
          .bind("to", r.reroutedTo() == null ? null : r.reroutedTo().value())
          .bind("opened", Sql.instant(r.openedAt())).bind("version", r.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute();
      insertSteps(h, r, 0);
    }), () -> ConflictException.duplicate("id", r.id().value()));
  }

  @Override
  public Optional<Sealed> byId(DistrictCode district, ReferralId id) {
    return session.call(h -> read(h, "SELECT * FROM referral WHERE district_code = :d AND id = :id",
        "SELECT * FROM referral_step WHERE district_code = :d AND referral_id = :id ORDER BY step_no",
        district, id.value())).stream().findFirst();
  }

  @Override
  public List<Sealed> all(DistrictCode district) {
    return session.call(h -> read(h, "SELECT * FROM referral WHERE district_code = :d",
        "SELECT * FROM referral_step WHERE district_code = :d ORDER BY referral_id, step_no", district, null))
        .stream().sorted(ORDER).toList();
  }

  @Override
  public Sealed update(Sealed r) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE referral SET status = :status, shared_summary = :summary,"
              + " guardian_informed_at = :informed, outcome_note = :outcome, follow_up_plan = :plan, key_id = :keyId,"
              + " rerouted_to = :to, version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("status", r.status().name()).bind("summary", r.sharedSummary())
          .bind("informed", Sql.instant(r.guardianInformedAt())).bind("outcome", r.outcomeNote())
          .bind("plan", r.followUpPlan()).bind("keyId", FieldCipher.keyIdOf(r.sharedSummary()))
          .bind("to", r.reroutedTo() == null ? null : r.reroutedTo().value()).bind("version", r.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", r.district().value()).bind("id", r.id().value()).execute();
      Sql.updatedOne(rows, h, "referral", r.district().value(), r.id().value(), "referral");
      int stored = h.createQuery("SELECT COUNT(*) FROM referral_step WHERE district_code = :d AND referral_id = :id")
          .bind("d", r.district().value()).bind("id", r.id().value()).mapTo(Integer.class).one();
      insertSteps(h, r, stored);
      return read(h, "SELECT * FROM referral WHERE district_code = :d AND id = :id",
          "SELECT * FROM referral_step WHERE district_code = :d AND referral_id = :id ORDER BY step_no",
          r.district(), r.id().value()).get(0);
    });
  }

  private void insertSteps(Handle h, Sealed r, int from) {
    for (int i = from; i < r.history().size(); i++) {
      Step s = r.history().get(i);
      h.createUpdate("INSERT INTO referral_step (district_code, referral_id, step_no, status, done_by, done_at,"
              + " sealed_note, note_key_id, created_at, created_by) VALUES (:d, :id, :no, :status, :by, :at, :note,"
              + " :keyId, :now, :actor)")
          .bind("d", r.district().value()).bind("id", r.id().value()).bind("no", i).bind("status", s.status().name())
          .bind("by", s.by().value()).bind("at", Sql.instant(s.at())).bind("note", s.note())
          .bind("keyId", s.note() == null ? null : FieldCipher.keyIdOf(s.note()))
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute();
    }
  }

  /** The referrals of {@code referralSql} with their steps of {@code stepSql} (both bound to :d and, if given, :id). */
  private static List<Sealed> read(Handle h, String referralSql, String stepSql, DistrictCode d, String id) {
    var referrals = h.createQuery(referralSql).bind("d", d.value());
    var steps = h.createQuery(stepSql).bind("d", d.value());
    if (id != null) {
      referrals.bind("id", id);
      steps.bind("id", id);
    }
    Map<String, List<Step>> byReferral = new LinkedHashMap<>();
    steps.map((rs, ctx) -> Map.entry(rs.getString("referral_id"), step(rs)))
        .forEach(e -> byReferral.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return referrals.map((rs, ctx) -> referral(rs, byReferral.getOrDefault(rs.getString("id"), List.of()))).list();
  }

  private static Step step(ResultSet rs) throws SQLException {
    return new Step(ReferralStatus.valueOf(rs.getString("status")), UserId.of(rs.getString("done_by")),
        Sql.instant(rs, "done_at"), rs.getString("sealed_note"));
  }

  private static Sealed referral(ResultSet rs, List<Step> steps) throws SQLException {
    return new Sealed(ReferralId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), StudentId.of(rs.getString("student_id")),
        Sql.nullable(rs.getString("file_id"), MentalHealthFileId::of), PartnerId.of(rs.getString("institution_id")),
        ReferralUrgency.valueOf(rs.getString("urgency")), ReferralStatus.valueOf(rs.getString("status")),
        rs.getString("shared_summary"), Sql.nullable(rs.getString("consent_id"), ConsentId::of),
        Sql.nullable(rs.getString("emergency_reason"), EmergencyReason::valueOf),
        Sql.instant(rs, "guardian_informed_at"), rs.getString("outcome_note"), rs.getString("follow_up_plan"),
        Sql.nullable(rs.getString("rerouted_from"), ReferralId::of),
        Sql.nullable(rs.getString("rerouted_to"), ReferralId::of), steps, rs.getLong("version"));
  }
}
