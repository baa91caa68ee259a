package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jiaolianti.application.milestone.port.out.ExchangeEvents;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.ExchangeEventId;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link ExchangeEvents} on table {@code exchange_event}; events are voided, never deleted. */
public final class JdbcExchangeEvents implements ExchangeEvents {

  private final JdbcSession session;

  JdbcExchangeEvents(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(ExchangeEvent e) {
    Sql.unique(() -> session.run(h -> bind(h.createUpdate("INSERT INTO exchange_event (district_code, id, held_on,"
        + " organiser, title, voided_by, voided_at, void_reason, version, created_at, created_by, changed_at, changed_by)"
        + " VALUES (:d, :id, :heldOn, :organiser, :title, :voidedBy, :voidedAt, :voidReason, :version, :now, :actor,"
        + " :now, :actor)"), e).execute()), () -> ConflictException.duplicate("id", e.id().value()));
  }

  private <S extends SqlStatement<S>> S bind(S statement, ExchangeEvent e) {
    return Sql.voiding(statement, e.voiding()).bind("d", e.district().value()).bind("id", e.id().value()).bind("heldOn", Sql.date(e.heldOn()))
        .bind("organiser", e.organiser()).bind("title", e.title()).bind("version", e.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor());
  }

  @Override
  public ExchangeEvent update(ExchangeEvent e) {
    return session.call(h -> {
      int rows = bind(h.createUpdate("UPDATE exchange_event SET held_on = :heldOn, organiser = :organiser,"
          + " title = :title, voided_by = :voidedBy, voided_at = :voidedAt, void_reason = :voidReason,"
          + " version = :version + 1, changed_at = :now, changed_by = :actor"
          + " WHERE district_code = :d AND id = :id AND version = :version"), e).execute();
      Sql.updatedOne(rows, h, "exchange_event", e.district().value(), e.id().value(), "exchange event");
      return new ExchangeEvent(e.id(), e.district(), e.heldOn(), e.organiser(), e.title(), e.voiding(), e.version() + 1);
    });
  }

  @Override
  public Optional<ExchangeEvent> byId(DistrictCode district, ExchangeEventId id) {
    return session.call(h -> h.createQuery("SELECT * FROM exchange_event WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> event(rs)).findOne());
  }

  @Override
  public List<ExchangeEvent> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM exchange_event WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> event(rs)).list())
        .stream().sorted(Comparator.comparing(ExchangeEvent::heldOn).thenComparing(e -> e.id().value())).toList();
  }

  private static ExchangeEvent event(ResultSet rs) throws SQLException {
    return new ExchangeEvent(ExchangeEventId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        Sql.date(rs, "held_on"), rs.getString("organiser"), rs.getString("title"), Sql.voiding(rs),
        rs.getLong("version"));
  }
}
