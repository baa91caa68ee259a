package org.jiaolianti.adapters.jdbc;

import static java.util.stream.Collectors.groupingBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.organization.ZoneMembershipId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Zones} on tables {@code experimental_zone} and {@code zone_membership}. The zone row carries
 * the version; its memberships are written with it, in list order ({@code membership_no}), and are
 * ended or voided, never deleted.
 */
public final class JdbcZones implements Zones {

  private static final String INSERT_ZONE = "INSERT INTO experimental_zone (district_code, id, name, lead_school_id,"
      + " coordination_office, established_on, version, created_at, created_by, changed_at, changed_by)"
      + " VALUES (:d, :id, :name, :lead, :office, :establishedOn, :version, :now, :actor, :now, :actor)";
  private static final String INSERT_MEMBERSHIP = "INSERT INTO zone_membership (district_code, id, zone_id,"
      + " membership_no, school_id, valid_from, valid_to, voided_by, voided_at, void_reason, created_at, created_by,"
      + " changed_at, changed_by) VALUES (:d, :id, :zone, :no, :school, :from, :to, :voidedBy, :voidedAt, :voidReason,"
      + " :now, :actor, :now, :actor)";

  private final JdbcSession session;

  JdbcZones(JdbcSession session) {
    this.session = session;
  }

  /** A membership with its place in its zone's list. */
  private record Numbered(DistrictCode district, int no, ZoneMembership membership) {}

  @Override
  public void add(Zone zone) {
    addAll(List.of(zone));
  }

  @Override
  public void addAll(List<Zone> zones) {
    List<Numbered> memberships = new ArrayList<>();
    for (Zone zone : zones) {
      for (int i = 0; i < zone.memberships().size(); i++) {
        memberships.add(new Numbered(zone.district(), i, zone.memberships().get(i)));
      }
    }
    Sql.unique(() -> session.run(h -> {
      Sql.batch(h, INSERT_ZONE, zones, this::bindZone);
      Sql.batch(h, INSERT_MEMBERSHIP, memberships, this::bindMembership);
    }), () -> Sql.duplicateInBatch("id"));
  }

  private <S extends SqlStatement<S>> S bindZone(S statement, Zone zone) {
    return statement.bind("d", zone.district().value()).bind("id", zone.id().value()).bind("name", zone.name())
        .bind("lead", zone.leadSchool().value()).bind("office", zone.coordinationOffice().orElse(null))
        .bind("establishedOn", Sql.date(zone.establishedOn())).bind("version", zone.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  private <S extends SqlStatement<S>> S bindMembership(S statement, Numbered numbered) {
    ZoneMembership m = numbered.membership();
    return bindChange(statement, m).bind("d", numbered.district().value()).bind("zone", m.zone().value())
        .bind("no", numbered.no()).bind("school", m.school().value()).bind("from", Sql.date(m.period().validFrom()));
  }

  /** What may change on a stored membership: its end and its voiding. */
  private <S extends SqlStatement<S>> S bindChange(S statement, ZoneMembership m) {
    return Sql.voiding(statement, m.voiding()).bind("id", m.id().value()).bind("to", Sql.date(m.period().validTo()))
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public Zone update(Zone zone) {
    return session.call(h -> {
      String d = zone.district().value();
      int rows = h.createUpdate("UPDATE experimental_zone SET name = :name, lead_school_id = :lead,"
              + " coordination_office = :office, established_on = :establishedOn, version = :version + 1,"
              + " changed_at = :now, changed_by = :actor WHERE district_code = :d AND id = :id AND version = :version")
          .bind("d", d).bind("id", zone.id().value()).bind("name", zone.name()).bind("lead", zone.leadSchool().value())
          .bind("office", zone.coordinationOffice().orElse(null)).bind("establishedOn", Sql.date(zone.establishedOn()))
          .bind("version", zone.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .execute();
      Sql.updatedOne(rows, h, "experimental_zone", d, zone.id().value(), "zone");
      Map<ZoneMembershipId, ZoneMembership> stored = memberships(h, "m.zone_id = :zone", zone.district(),
          s -> s.bind("zone", zone.id().value())).stream()
          .collect(Collectors.toMap(ZoneMembership::id, Function.identity()));
      List<Numbered> added = new ArrayList<>();
      for (int i = 0; i < zone.memberships().size(); i++) {
        ZoneMembership m = zone.memberships().get(i);
        ZoneMembership before = stored.get(m.id());
        if (before == null) {
          added.add(new Numbered(zone.district(), i, m));
        } else if (!before.equals(m)) {
          bindChange(h.createUpdate("UPDATE zone_membership SET valid_to = :to, voided_by = :voidedBy,"
              + " voided_at = :voidedAt, void_reason = :voidReason, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id"), m).bind("d", d).execute();
        }
      }
      Sql.batch(h, INSERT_MEMBERSHIP, added, this::bindMembership);
      return Zone.reconstitute(zone.id(), zone.district(), zone.name(), zone.leadSchool(),
          zone.coordinationOffice().orElse(null), zone.establishedOn(), zone.memberships(), zone.version() + 1);
    });
  }

  @Override
  public Optional<Zone> byId(DistrictCode district, ZoneId id) {
    return session.call(h -> zones(h, district, "AND z.id = :id", id.value()).stream().findFirst());
  }

  @Override
  public List<Zone> all(DistrictCode district) {
    return session.call(h -> zones(h, district, "", null));
  }

  @Override
  public List<ZoneMembership> membershipsOf(DistrictCode district, SchoolId school) {
    return session.call(h -> memberships(h, "m.school_id = :school", district, s -> s.bind("school", school.value())));
  }

  private List<Zone> zones(Handle h, DistrictCode district, String filter, String id) {
    List<ZoneRow> rows = h.createQuery("SELECT * FROM experimental_zone z WHERE z.district_code = :d " + filter
            + "")
        .bind("d", district.value()).bind("id", id).map((rs, ctx) -> zoneRow(rs)).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<ZoneId, List<ZoneMembership>> members = memberships(h,
        id == null ? "1 = 1" : "m.zone_id = :zone", district, s -> s.bind("zone", id)).stream()
        .collect(groupingBy(ZoneMembership::zone));
    // ordered in Java so that both databases (and their collations) give the same order
    return rows.stream().sorted(java.util.Comparator.comparing(ZoneRow::name).thenComparing(r -> r.id().value()))
        .map(r -> Zone.reconstitute(r.id(), district, r.name(), r.lead(), r.office(), r.establishedOn(),
            members.getOrDefault(r.id(), List.of()), r.version())).toList();
  }

  private record ZoneRow(ZoneId id, String name, SchoolId lead, String office, java.time.LocalDate establishedOn,
      long version) {}

  private static ZoneRow zoneRow(ResultSet rs) throws SQLException {
    return new ZoneRow(ZoneId.of(rs.getString("id")), rs.getString("name"), SchoolId.of(rs.getString("lead_school_id")),
        rs.getString("coordination_office"), Sql.date(rs, "established_on"), rs.getLong("version"));
  }

  private List<ZoneMembership> memberships(Handle h, String filter, DistrictCode district,
      Function<org.jdbi.v3.core.statement.Query, org.jdbi.v3.core.statement.Query> bind) {
    return bind.apply(h.createQuery("SELECT * FROM zone_membership m WHERE m.district_code = :d AND " + filter
            + " ORDER BY m.zone_id, m.membership_no").bind("d", district.value()))
        .map((rs, ctx) -> new ZoneMembership(ZoneMembershipId.of(rs.getString("id")), ZoneId.of(rs.getString("zone_id")),
            SchoolId.of(rs.getString("school_id")), Sql.period(rs), Sql.voiding(rs)))
        .list();
  }
}
