package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;
import org.jiaolianti.domain.homeschool.DeliveryId;
import org.jiaolianti.domain.homeschool.NoticeDelivery;
import org.jiaolianti.domain.homeschool.NoticeFanout;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link NoticeOutbox} on tables {@code notice_outbox} (deliveries) and {@code notice_fanout} (one row per
 * publication, {@code V14__notice_fanout.sql}): written in the use case's transaction (the same
 * as the notice and its receipts), so a delivery exists exactly when the notice does; in batches of
 * {@link JdbcStorage#BATCH_SIZE} rows on one plain prepared statement ({@link Sql#jdbcBatch}).
 */
public final class JdbcNoticeOutbox implements NoticeOutbox {

  private final JdbcSession session;

  JdbcNoticeOutbox(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void enqueue(List<NoticeDelivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    Instant now = session.now();
    String actor = session.actor();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    Sql.unique(() -> session.run(h -> Sql.jdbcBatch(h, "INSERT INTO notice_outbox (district_code, id, notice_id,"
            + " receipt_id, guardian_id, kind, available_at, attempts, last_error, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", deliveries, (st, x) -> {
              st.setString(1, x.district().value());
              st.setString(2, x.id().value());
              st.setString(3, x.notice().value());
              st.setString(4, x.receipt().value());
              st.setString(5, x.guardian().value());
              st.setString(6, x.kind().name());
              Sql.setInstant(st, 7, x.availableAt());
              st.setInt(8, x.attempts());
              st.setString(9, x.lastError());
              st.setObject(10, at, Types.TIMESTAMP_WITH_TIMEZONE);
              st.setString(11, actor);
            })),
        () -> Sql.duplicateInBatch("delivery id"));
  }

  @Override
  public List<NoticeDelivery> due(Instant now, int limit) {
    return sorted(session.call(h -> h.createQuery("SELECT * FROM notice_outbox WHERE available_at <= :now"
            + " ORDER BY available_at LIMIT :limit")
        .bind("now", Sql.instant(now)).bind("limit", limit).map((rs, ctx) -> delivery(rs)).list()));
  }

  @Override
  public List<NoticeDelivery> pending(DistrictCode district) {
    return sorted(session.call(h -> h.createQuery("SELECT * FROM notice_outbox WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> delivery(rs)).list()));
  }

  private static List<NoticeDelivery> sorted(List<NoticeDelivery> rows) {
    return rows.stream().sorted(Comparator.comparing(NoticeDelivery::availableAt).thenComparing(d -> d.id().value()))
        .toList();
  }

  @Override
  public void acknowledge(DistrictCode district, DeliveryId id) {
    session.run(h -> h.createUpdate("DELETE FROM notice_outbox WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).execute());
  }

  @Override
  public void retryLater(NoticeDelivery failed) {
    session.run(h -> h.createUpdate("UPDATE notice_outbox SET available_at = :at, attempts = :attempts,"
            + " last_error = :error WHERE district_code = :d AND id = :id")
        .bind("at", Sql.instant(failed.availableAt())).bind("attempts", failed.attempts())
        .bind("error", failed.lastError()).bind("d", failed.district().value()).bind("id", failed.id().value())
        .execute());
  }

  private static NoticeDelivery delivery(ResultSet rs) throws SQLException {
    return new NoticeDelivery(DeliveryId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        NoticeId.of(rs.getString("notice_id")), NoticeReceiptId.of(rs.getString("receipt_id")),
        GuardianId.of(rs.getString("guardian_id")), NoticeDelivery.Kind.valueOf(rs.getString("kind")),
        Sql.instant(rs, "available_at"), rs.getInt("attempts"), rs.getString("last_error"));
  }

  @Override
  public void enqueueFanout(NoticeFanout f) {
    OffsetDateTime at = session.now().atOffset(ZoneOffset.UTC);
    String actor = session.actor();
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO notice_fanout (district_code, notice_id,"
                + " after_guardian_id, available_at, created_at, created_by, changed_at, changed_by)"
                + " VALUES (:d, :n, :after, :at, :now, :actor, :now, :actor)")
            .bind("d", f.district().value()).bind("n", f.notice().value())
            .bind("after", f.after() == null ? (String) null : f.after().value()).bind("at", Sql.instant(f.availableAt()))
            .bind("now", Sql.instant(at.toInstant())).bind("actor", actor).execute()),
        () -> org.jiaolianti.application.shared.ConflictException.duplicate("notice fan-out", f.notice()));
  }

  @Override
  public List<NoticeFanout> dueFanouts(Instant now, int limit) {
    return session.call(h -> h.createQuery("SELECT * FROM notice_fanout WHERE available_at <= :now"
            + " ORDER BY available_at, notice_id LIMIT :limit")
        .bind("now", Sql.instant(now)).bind("limit", limit).map((rs, ctx) -> fanout(rs)).list());
  }

  @Override
  public List<NoticeFanout> pendingFanouts(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM notice_fanout WHERE district_code = :d")
            .bind("d", district.value()).map((rs, ctx) -> fanout(rs)).list()).stream()
        .sorted(Comparator.comparing(NoticeFanout::availableAt).thenComparing(f -> f.notice().value())).toList();
  }

  /** One batch of insert-if-absent statements (portable to H2 and PostgreSQL: no ON CONFLICT). */
  @Override
  public void enqueueIfAbsent(List<NoticeDelivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    List<NoticeDelivery> distinct = List.copyOf(deliveries.stream()
        .collect(java.util.stream.Collectors.toMap(d -> d.id().value(), d -> d, (a, b) -> a,
            java.util.LinkedHashMap::new)).values());
    OffsetDateTime at = session.now().atOffset(ZoneOffset.UTC);
    String actor = session.actor();
    session.run(h -> Sql.jdbcBatch(h, "INSERT INTO notice_outbox (district_code, id, notice_id, receipt_id,"
        + " guardian_id, kind, available_at, attempts, last_error, created_at, created_by)"
        + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
        + " (SELECT 1 FROM notice_outbox WHERE district_code = ? AND id = ?)", distinct, (st, x) -> {
          st.setString(1, x.district().value());
          st.setString(2, x.id().value());
          st.setString(3, x.notice().value());
          st.setString(4, x.receipt().value());
          st.setString(5, x.guardian().value());
          st.setString(6, x.kind().name());
          Sql.setInstant(st, 7, x.availableAt());
          st.setInt(8, x.attempts());
          st.setString(9, x.lastError());
          st.setObject(10, at, Types.TIMESTAMP_WITH_TIMEZONE);
          st.setString(11, actor);
          st.setString(12, x.district().value());
          st.setString(13, x.id().value());
        }));
  }

  @Override
  public void advanceFanout(NoticeFanout f) {
    session.run(h -> h.createUpdate("UPDATE notice_fanout SET after_guardian_id = :after, changed_at = :now,"
            + " changed_by = :actor WHERE district_code = :d AND notice_id = :n")
        .bind("after", f.after().value()).bind("now", Sql.instant(session.now()))
        .bind("actor", session.actor()).bind("d", f.district().value()).bind("n", f.notice().value()).execute());
  }

  @Override
  public void finishFanout(DistrictCode district, NoticeId notice) {
    session.run(h -> h.createUpdate("DELETE FROM notice_fanout WHERE district_code = :d AND notice_id = :n")
        .bind("d", district.value()).bind("n", notice.value()).execute());
  }

  private static NoticeFanout fanout(ResultSet rs) throws SQLException {
    String after = rs.getString("after_guardian_id");
    return new NoticeFanout(DistrictCode.of(rs.getString("district_code")), NoticeId.of(rs.getString("notice_id")),
        after == null ? null : GuardianId.of(after), Sql.instant(rs, "available_at"));
  }
}
