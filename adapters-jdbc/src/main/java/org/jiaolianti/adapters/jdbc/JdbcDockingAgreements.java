package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link DockingAgreements} on table {@code docking_agreement}; agreements are ended or voided, never deleted. */
public final class JdbcDockingAgreements implements DockingAgreements {

  private static final String INSERT = "INSERT INTO docking_agreement (district_code, id, school_id, partner_id,"
      + " collaborations, duties, docking_mode, responsible_person, contact, valid_from, valid_to, voided_by, voided_at,"
      + " void_reason, version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :school, :partner,"
      + " :collaborations, :duties, :mode, :person, :contact, :from, :to, :voidedBy, :voidedAt, :voidReason, :version,"
      + " :now, :actor, :now, :actor)";

  /** By start date, then id; sorted in Java so that both databases give the same order. */
  private static final java.util.Comparator<DockingAgreement> ORDER =
      java.util.Comparator.comparing((DockingAgreement a) -> a.period().validFrom()).thenComparing(a -> a.id().value());

  private final JdbcSession session;

  JdbcDockingAgreements(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void addAll(List<DockingAgreement> agreements) {
    Sql.unique(() -> session.run(h -> Sql.batch(h, INSERT, agreements, this::bind)), () -> Sql.duplicateInBatch("id"));
  }

  private <S extends SqlStatement<S>> S bind(S statement, DockingAgreement a) {
    return Sql.voiding(statement, a.voiding()).bind("d", a.district().value()).bind("id", a.id().value()).bind("school", a.school().value())
        .bind("partner", a.partner().value()).bind("collaborations", Sql.enumSet(a.collaborations()))
        .bind("duties", a.duties()).bind("mode", a.mode()).bind("person", a.responsiblePerson())
        .bind("contact", a.contact()).bind("from", Sql.date(a.period().validFrom()))
        .bind("to", Sql.date(a.period().validTo())).bind("version", a.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public DockingAgreement update(DockingAgreement agreement) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE docking_agreement SET school_id = :school, partner_id = :partner,"
          + " collaborations = :collaborations, duties = :duties, docking_mode = :mode, responsible_person = :person,"
          + " contact = :contact, valid_from = :from, valid_to = :to, voided_by = :voidedBy, voided_at = :voidedAt,"
          + " void_reason = :voidReason, version = :version + 1, changed_at = :now, changed_by = :actor"
          + " WHERE district_code = :d AND id = :id AND version = :version"), agreement).execute();
      Sql.updatedOne(rows, h, "docking_agreement", agreement.district().value(), agreement.id().value(),
          "docking agreement");
      DockingAgreement a = agreement;
      return new DockingAgreement(a.id(), a.district(), a.school(), a.partner(), a.collaborations(), a.duties(),
          a.mode(), a.responsiblePerson(), a.contact(), a.period(), a.voiding(), a.version() + 1);
    });
  }

  @Override
  public Optional<DockingAgreement> byId(DistrictCode district, AgreementId id) {
    return session.call(h -> h.createQuery("SELECT * FROM docking_agreement WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> agreement(rs)).findOne());
  }

  @Override
  public List<DockingAgreement> ofSchool(DistrictCode district, SchoolId school) {
    return session.call(h -> h.createQuery("SELECT * FROM docking_agreement WHERE district_code = :d"
            + " AND school_id = :school")
        .bind("d", district.value()).bind("school", school.value()).map((rs, ctx) -> agreement(rs)).list())
        .stream().sorted(ORDER).toList();
  }

  @Override
  public List<DockingAgreement> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM docking_agreement WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> agreement(rs)).list())
        .stream().sorted(ORDER).toList();
  }

  private static DockingAgreement agreement(ResultSet rs) throws SQLException {
    return new DockingAgreement(AgreementId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), PartnerId.of(rs.getString("partner_id")),
        Sql.enumSet(rs.getString("collaborations"), Collaboration.class), rs.getString("duties"),
        rs.getString("docking_mode"), rs.getString("responsible_person"), rs.getString("contact"), Sql.period(rs),
        Sql.voiding(rs), rs.getLong("version"));
  }
}
