package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link CommitteeMembers} on table {@code committee_member}; members are ended or voided, never deleted. */
public final class JdbcCommitteeMembers implements CommitteeMembers {

  private static final String INSERT = "INSERT INTO committee_member (district_code, id, school_id, name, kind, duty,"
      + " valid_from, valid_to, voided_by, voided_at, void_reason, version, created_at, created_by, changed_at,"
      + " changed_by) VALUES (:d, :id, :school, :name, :kind, :duty, :from, :to, :voidedBy, :voidedAt, :voidReason,"
      + " :version, :now, :actor, :now, :actor)";

  /** By start date, then id; sorted in Java so that both databases give the same order. */
  private static final java.util.Comparator<CommitteeMember> ORDER =
      java.util.Comparator.comparing((CommitteeMember m) -> m.period().validFrom()).thenComparing(m -> m.id().value());

  private final JdbcSession session;

  JdbcCommitteeMembers(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(CommitteeMember member) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate(INSERT), member).execute()),
        () -> ConflictException.duplicate("id", member.id().value()));
  }

  @Override
  public void addAll(List<CommitteeMember> members) {
    Sql.unique(() -> session.run(h -> Sql.batch(h, INSERT, members, this::bind)), () -> Sql.duplicateInBatch("id"));
  }

  private <S extends SqlStatement<S>> S bind(S statement, CommitteeMember m) {
    return Sql.voiding(statement, m.voiding()).bind("d", m.district().value()).bind("id", m.id().value()).bind("school", m.school().value())
        .bind("name", m.name()).bind("kind", m.kind().name()).bind("duty", m.duty())
        .bind("from", Sql.date(m.period().validFrom())).bind("to", Sql.date(m.period().validTo())).bind("version", m.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public CommitteeMember update(CommitteeMember member) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE committee_member SET school_id = :school, name = :name, kind = :kind,"
          + " duty = :duty, valid_from = :from, valid_to = :to, voided_by = :voidedBy, voided_at = :voidedAt,"
          + " void_reason = :voidReason, version = :version + 1, changed_at = :now, changed_by = :actor"
          + " WHERE district_code = :d AND id = :id AND version = :version"), member).execute();
      Sql.updatedOne(rows, h, "committee_member", member.district().value(), member.id().value(), "committee member");
      return new CommitteeMember(member.id(), member.district(), member.school(), member.name(), member.kind(),
          member.duty(), member.period(), member.voiding(), member.version() + 1);
    });
  }

  @Override
  public Optional<CommitteeMember> byId(DistrictCode district, CommitteeMemberId id) {
    return session.call(h -> h.createQuery("SELECT * FROM committee_member WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> member(rs)).findOne());
  }

  @Override
  public List<CommitteeMember> ofSchool(DistrictCode district, SchoolId school) {
    return session.call(h -> h.createQuery("SELECT * FROM committee_member WHERE district_code = :d"
            + " AND school_id = :school")
        .bind("d", district.value()).bind("school", school.value()).map((rs, ctx) -> member(rs)).list())
        .stream().sorted(ORDER).toList();
  }

  @Override
  public List<CommitteeMember> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM committee_member WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> member(rs)).list())
        .stream().sorted(ORDER).toList();
  }

  private static CommitteeMember member(ResultSet rs) throws SQLException {
    return new CommitteeMember(CommitteeMemberId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), rs.getString("name"), CommitteeMemberKind.valueOf(rs.getString("kind")),
        rs.getString("duty"), Sql.period(rs), Sql.voiding(rs), rs.getLong("version"));
  }
}
