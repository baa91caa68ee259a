package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.domain.audit.AuditAction;
import org.jiaolianti.domain.audit.AuditChain;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEntry;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditOutcome;
import org.jiaolianti.domain.audit.AuditSubject;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link AuditTrail} on {@code audit_event}, {@code audit_head} and {@code audit_checkpoint} (V8, V8.1). INSERT and
 * SELECT only on the events; the one DELETE is {@link #purge}'s. An append locks the district's head row
 * ({@code SELECT … FOR UPDATE}) in the caller's transaction, so concurrent appends of a district queue up and form
 * one gap-free chain; the head row itself is created, once per district, in a transaction of its own.
 */
final class JdbcAuditTrail implements AuditTrail {

  private static final String COLUMNS = "district_code, sequence_no, occurred_at, actor_username, actor_user_id,"
      + " actor_role, actor_scope, subject_type, subject_id, audit_action, purpose, outcome, previous_hash, event_hash";
  private final JdbcSession session;

  JdbcAuditTrail(JdbcSession session) {
    this.session = session;
  }

  @Override
  public AuditEvent append(AuditEntry e) {
    String d = e.district().value();
    ensureHead(d);
    return session.call(h -> {
      Head head = h.createQuery("SELECT last_sequence, last_hash FROM audit_head WHERE district_code = :d FOR UPDATE")
          .bind("d", d).map((rs, ctx) -> new Head(rs.getLong("last_sequence"), rs.getString("last_hash"))).one();
      AuditEvent event = AuditEvent.chained(head.sequence() + 1, head.hash(), e);
      h.createUpdate("INSERT INTO audit_event (" + COLUMNS + ") VALUES (:d, :seq, :at, :username, :userId, :role,"
              + " :scope, :subjectType, :subjectId, :action, :purpose, :outcome, :previous, :hash)")
          .bind("d", d).bind("seq", event.sequence()).bind("at", Sql.instant(e.at()))
          .bind("username", e.actorUsername()).bind("userId", e.actorUserId()).bind("role", e.role())
          .bind("scope", e.scope()).bind("subjectType", e.subject().type()).bind("subjectId", e.subject().id())
          .bind("action", e.action().name()).bind("purpose", e.purpose()).bind("outcome", e.outcome().name())
          .bind("previous", event.previousHash()).bind("hash", event.hash()).execute();
      h.createUpdate("UPDATE audit_head SET last_sequence = :seq, last_hash = :hash WHERE district_code = :d")
          .bind("seq", event.sequence()).bind("hash", event.hash()).bind("d", d).execute();
      return event;
    });
  }

  private record Head(long sequence, String hash) {}

  /** The district's head row, created in a transaction of its own the first time (a lost race is fine). */
  private void ensureHead(String d) {
    boolean exists = session.call(h -> h.createQuery("SELECT COUNT(*) FROM audit_head WHERE district_code = :d")
        .bind("d", d).mapTo(Long.class).one() > 0);
    if (exists) {
      return;
    }
    try {
      session.separately(h -> h.createUpdate("INSERT INTO audit_head (district_code, last_sequence, last_hash)"
          + " VALUES (:d, 0, :genesis)").bind("d", d).bind("genesis", AuditChain.GENESIS).execute());
    } catch (RuntimeException e) {
      if (!Sql.isUniqueViolation(e, "pk_audit_head")) {
        throw e;
      }
    }
  }

  @Override
  public List<AuditEvent> find(DistrictCode district, AuditFilter filter, int offset, int limit) {
    return session.call(h -> {
      Query q = h.createQuery("SELECT " + COLUMNS + " FROM audit_event WHERE " + where(filter)
          + " ORDER BY sequence_no DESC LIMIT :limit OFFSET :offset");
      return bind(q, district, filter).bind("limit", limit).bind("offset", offset)
          .map((rs, ctx) -> event(rs)).list();
    });
  }

  @Override
  public long count(DistrictCode district, AuditFilter filter) {
    return session.call(h -> bind(h.createQuery("SELECT COUNT(*) FROM audit_event WHERE " + where(filter)),
        district, filter).mapTo(Long.class).one());
  }

  private static String where(AuditFilter f) {
    StringBuilder w = new StringBuilder("district_code = :d");
    if (f.subjectType() != null) {
      w.append(" AND subject_type = :subjectType");
    }
    if (f.subjectId() != null) {
      w.append(" AND subject_id = :subjectId");
    }
    if (f.actorUsername() != null) {
      w.append(" AND actor_username = :username");
    }
    if (f.from() != null) {
      w.append(" AND occurred_at >= :from");
    }
    if (f.to() != null) {
      w.append(" AND occurred_at < :to");
    }
    return w.toString();
  }

  private static Query bind(Query q, DistrictCode district, AuditFilter f) {
    q.bind("d", district.value());
    if (f.subjectType() != null) {
      q.bind("subjectType", f.subjectType());
    }
    if (f.subjectId() != null) {
      q.bind("subjectId", f.subjectId());
    }
    if (f.actorUsername() != null) {
      q.bind("username", f.actorUsername());
    }
    if (f.from() != null) {
      q.bind("from", Sql.instant(f.from()));
    }
    if (f.to() != null) {
      q.bind("to", Sql.instant(f.to()));
    }
    return q;
  }

  @Override
  public List<AuditEvent> walk(DistrictCode district, long afterSequence, int limit) {
    return session.call(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_event WHERE district_code = :d"
            + " AND sequence_no > :after ORDER BY sequence_no LIMIT :limit")
        .bind("d", district.value()).bind("after", afterSequence).bind("limit", limit)
        .map((rs, ctx) -> event(rs)).list());
  }

  @Override
  public long headSequence(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT last_sequence FROM audit_head WHERE district_code = :d")
        .bind("d", district.value()).mapTo(Long.class).findOne().orElse(0L));
  }

  @Override
  public Optional<AuditCheckpoint> checkpoint(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM audit_checkpoint WHERE district_code = :d"
            + " ORDER BY sequence_no DESC LIMIT 1")
        .bind("d", district.value()).map((rs, ctx) -> checkpoint(rs)).findOne());
  }

  @Override
  public Optional<AuditCheckpoint> purge(DistrictCode district, Instant before, Instant now) {
    String d = district.value();
    ensureHead(d);
    return session.call(h -> {
      // appends wait while the segment is cut, so the chain's end is stable
      h.createQuery("SELECT last_sequence FROM audit_head WHERE district_code = :d FOR UPDATE").bind("d", d)
          .mapTo(Long.class).one();
      Optional<Long> firstYoung = h.createQuery("SELECT MIN(sequence_no) FROM audit_event WHERE district_code = :d"
          + " AND occurred_at >= :before").bind("d", d).bind("before", Sql.instant(before))
          .mapTo(Long.class).findOne();
      long end = firstYoung.map(s -> s - 1).orElseGet(() -> h.createQuery(
          "SELECT COALESCE(MAX(sequence_no), 0) FROM audit_event WHERE district_code = :d").bind("d", d)
          .mapTo(Long.class).one());
      Optional<String> endHash = h.createQuery("SELECT event_hash FROM audit_event WHERE district_code = :d"
          + " AND sequence_no = :end").bind("d", d).bind("end", end).mapTo(String.class).findOne();
      if (endHash.isEmpty()) {
        return Optional.<AuditCheckpoint>empty();
      }
      boolean postgres = isPostgres(h);
      if (postgres) {
        h.createQuery("SELECT set_config('jiaolianti.audit_purge', 'on', true)").mapTo(String.class).one();
      }
      int removed = h.createUpdate("DELETE FROM audit_event WHERE district_code = :d AND sequence_no <= :end")
          .bind("d", d).bind("end", end).execute();
      if (postgres) {
        h.createQuery("SELECT set_config('jiaolianti.audit_purge', 'off', true)").mapTo(String.class).one();
      }
      AuditCheckpoint checkpoint = new AuditCheckpoint(district, end, endHash.get(), now, removed);
      h.createUpdate("INSERT INTO audit_checkpoint (district_code, sequence_no, event_hash, purged_at, purged_count)"
              + " VALUES (:d, :seq, :hash, :at, :count)")
          .bind("d", d).bind("seq", end).bind("hash", endHash.get()).bind("at", Sql.instant(now))
          .bind("count", (long) removed).execute();
      return Optional.of(checkpoint);
    });
  }

  private static boolean isPostgres(Handle h) {
    try {
      return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product", e);
    }
  }

  private static AuditEvent event(ResultSet rs) throws SQLException {
    AuditEntry entry = new AuditEntry(DistrictCode.of(rs.getString("district_code")), Sql.instant(rs, "occurred_at"),
        rs.getString("actor_username"), rs.getString("actor_user_id"), rs.getString("actor_role"),
        rs.getString("actor_scope"), new AuditSubject(rs.getString("subject_type"), rs.getString("subject_id")),
        AuditAction.valueOf(rs.getString("audit_action")), rs.getString("purpose"),
        AuditOutcome.valueOf(rs.getString("outcome")));
    return new AuditEvent(rs.getLong("sequence_no"), entry, rs.getString("previous_hash"), rs.getString("event_hash"));
  }

  private static AuditCheckpoint checkpoint(ResultSet rs) throws SQLException {
    return new AuditCheckpoint(DistrictCode.of(rs.getString("district_code")), rs.getLong("sequence_no"),
        rs.getString("event_hash"), Sql.instant(rs, "purged_at"), rs.getLong("purged_count"));
  }
}
