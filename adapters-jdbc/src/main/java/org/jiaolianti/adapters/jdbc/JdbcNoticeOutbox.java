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
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link NoticeOutbox} on table {@code notice_outbox}: written in the use case's transaction (the same
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
}
