package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.application.homeschool.port.out.Notices;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.homeschool.Audience;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;
import org.jiaolianti.domain.homeschool.NoticeId;
import org.jiaolianti.domain.homeschool.NoticeReceipt;
import org.jiaolianti.domain.homeschool.NoticeReceiptId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Notices} on tables {@code notice} and {@code notice_receipt}. The receipts of one publication go
 * in JDBC batches of {@link JdbcStorage#BATCH_SIZE} rows on one plain prepared statement ({@link Sql#jdbcBatch}),
 * inside the use case's transaction.
 */
public final class JdbcNotices implements Notices {

  private final JdbcSession session;

  JdbcNotices(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(Notice n) {
    Audience a = n.audience();
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO notice (district_code, id, audience_kind, school_id,"
            + " grade, class_id, audience_guardians, title, body, confirmation_mode, urgent, names_student_confirmed,"
            + " sent_by, published_at, release_at, recipients, version, created_at, created_by, changed_at, changed_by)"
            + " VALUES (:d, :id, :kind, :school, :grade, :class, :guardians, :title, :body, :mode, :urgent, :names,"
            + " :sentBy, :publishedAt, :releaseAt, :recipients, :version, :now, :actor, :now, :actor)")
        .bind("d", n.district().value()).bind("id", n.id().value()).bind("kind", a.kind().name())
        .bind("school", a.school() == null ? null : a.school().value()).bind("grade", a.grade())
        .bind("class", a.schoolClass() == null ? null : a.schoolClass().value())
        .bind("guardians", a.guardians().isEmpty() ? null
            : a.guardians().stream().map(GuardianId::value).collect(Collectors.joining(",")))
        .bind("title", n.title()).bind("body", n.body()).bind("mode", n.mode().name()).bind("urgent", n.urgent())
        .bind("names", n.namesStudentConfirmed()).bind("sentBy", n.sentBy().value())
        .bind("publishedAt", Sql.instant(n.publishedAt())).bind("releaseAt", Sql.instant(n.releaseAt()))
        .bind("recipients", n.recipients()).bind("version", n.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("id", n.id().value()));
  }

  @Override
  public Optional<Notice> byId(DistrictCode district, NoticeId id) {
    return session.call(h -> h.createQuery("SELECT * FROM notice WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> notice(rs)).findOne());
  }

  @Override
  public List<Notice> all(DistrictCode district) {
    return sorted(session.call(h -> h.createQuery("SELECT * FROM notice WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> notice(rs)).list()));
  }

  @Override
  public List<Notice> releasedBetween(DistrictCode district, Instant from, Instant to) {
    return sorted(session.call(h -> h.createQuery("SELECT * FROM notice WHERE district_code = :d"
            + " AND release_at >= :from AND release_at < :to")
        .bind("d", district.value()).bind("from", Sql.instant(from)).bind("to", Sql.instant(to))
        .map((rs, ctx) -> notice(rs)).list()));
  }

  /** Newest published first, ties by id, in Java so that both databases agree. */
  private static List<Notice> sorted(List<Notice> notices) {
    return notices.stream().sorted(Comparator.comparing(Notice::publishedAt).reversed()
        .thenComparing(n -> n.id().value())).toList();
  }

  private static Notice notice(ResultSet rs) throws SQLException {
    Integer grade = (Integer) rs.getObject("grade");
    Set<GuardianId> guardians = Set.copyOf(ids(rs.getString("audience_guardians"), GuardianId::of));
    Audience audience = new Audience(AudienceKind.valueOf(rs.getString("audience_kind")),
        Sql.nullable(rs.getString("school_id"), SchoolId::of), grade, Sql.nullable(rs.getString("class_id"), ClassId::of),
        guardians);
    return new Notice(NoticeId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")), audience,
        rs.getString("title"), rs.getString("body"), ConfirmationMode.valueOf(rs.getString("confirmation_mode")),
        rs.getBoolean("urgent"), rs.getBoolean("names_student_confirmed"), UserId.of(rs.getString("sent_by")),
        Sql.instant(rs, "published_at"), Sql.instant(rs, "release_at"), rs.getInt("recipients"), rs.getLong("version"));
  }

  private static <T> List<T> ids(String joined, Function<String, T> parse) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(parse).toList();
  }

  @Override
  public void addReceipts(List<NoticeReceipt> receipts) {
    if (receipts.isEmpty()) {
      return;
    }
    Instant now = session.now();
    String actor = session.actor();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    Sql.unique(() -> session.run(h -> Sql.jdbcBatch(h, "INSERT INTO notice_receipt (district_code, id, notice_id,"
            + " guardian_id, student_ids, read_at, confirmed_at, signature, reminders, version, created_at, created_by,"
            + " changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", receipts, (st, r) -> {
              st.setString(1, r.district().value());
              st.setString(2, r.id().value());
              st.setString(3, r.notice().value());
              st.setString(4, r.guardian().value());
              st.setString(5, r.students().stream().map(StudentId::value).collect(Collectors.joining(",")));
              Sql.setInstant(st, 6, r.readAt());
              Sql.setInstant(st, 7, r.confirmedAt());
              st.setString(8, r.signature());
              st.setInt(9, r.reminders());
              st.setLong(10, r.version());
              st.setObject(11, at, Types.TIMESTAMP_WITH_TIMEZONE);
              st.setString(12, actor);
              st.setObject(13, at, Types.TIMESTAMP_WITH_TIMEZONE);
              st.setString(14, actor);
            })),
        () -> Sql.duplicateInBatch("receipt"));
  }

  @Override
  public List<NoticeReceipt> receiptsOf(DistrictCode district, NoticeId notice) {
    return session.call(h -> h.createQuery("SELECT * FROM notice_receipt WHERE district_code = :d AND notice_id = :n")
        .bind("d", district.value()).bind("n", notice.value()).map((rs, ctx) -> receipt(rs)).list())
        .stream().sorted(Comparator.comparing(r -> r.guardian().value())).toList();
  }

  /** On the unique index {@code (district_code, notice_id, guardian_id)}: a range scan per page. */
  @Override
  public List<NoticeReceipt> receiptsOf(DistrictCode district, NoticeId notice, GuardianId after, int limit) {
    return session.call(h -> {
      var query = h.createQuery("SELECT * FROM notice_receipt WHERE district_code = :d AND notice_id = :n"
              + (after == null ? "" : " AND guardian_id > :after") + " ORDER BY guardian_id LIMIT :limit")
          .bind("d", district.value()).bind("n", notice.value()).bind("limit", limit);
      if (after != null) {
        query.bind("after", after.value());
      }
      return query.map((rs, ctx) -> receipt(rs)).list();
    });
  }

  @Override
  public Optional<NoticeReceipt> receiptById(DistrictCode district, NoticeReceiptId id) {
    return session.call(h -> h.createQuery("SELECT * FROM notice_receipt WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> receipt(rs)).findOne());
  }

  @Override
  public List<NoticeReceipt> receiptsOfGuardian(DistrictCode district, GuardianId guardian) {
    return session.call(h -> h.createQuery("SELECT * FROM notice_receipt WHERE district_code = :d"
            + " AND guardian_id = :g")
        .bind("d", district.value()).bind("g", guardian.value()).map((rs, ctx) -> receipt(rs)).list())
        .stream().sorted(Comparator.comparing(r -> r.id().value())).toList();
  }

  @Override
  public NoticeReceipt updateReceipt(NoticeReceipt r) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE notice_receipt SET read_at = :readAt, confirmed_at = :confirmedAt,"
              + " signature = :signature, reminders = :reminders, version = :next, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version")
          .bind("readAt", Sql.instant(r.readAt())).bind("confirmedAt", Sql.instant(r.confirmedAt()))
          .bind("signature", r.signature()).bind("reminders", r.reminders()).bind("next", r.version() + 1)
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .bind("d", r.district().value()).bind("id", r.id().value()).bind("version", r.version()).execute();
      Sql.updatedOne(rows, h, "notice_receipt", r.district().value(), r.id().value(), "notice receipt");
      return r.withVersion(r.version() + 1);
    });
  }

  @Override
  public List<ReceiptTally> receiptTallies(DistrictCode district, Instant from, Instant to) {
    return session.call(h -> h.createQuery("SELECT r.notice_id, r.student_ids, r.read_at IS NOT NULL AS was_read,"
            + " r.confirmed_at IS NOT NULL AS was_confirmed FROM notice_receipt r JOIN notice n"
            + " ON n.district_code = r.district_code AND n.id = r.notice_id"
            + " WHERE r.district_code = :d AND n.release_at >= :from AND n.release_at < :to")
        .bind("d", district.value()).bind("from", Sql.instant(from)).bind("to", Sql.instant(to))
        .setFetchSize(JdbcStorage.BATCH_SIZE)
        .map((rs, ctx) -> new ReceiptTally(NoticeId.of(rs.getString("notice_id")),
            ids(rs.getString("student_ids"), StudentId::of), rs.getBoolean("was_read"), rs.getBoolean("was_confirmed")))
        .list());
  }

  private static NoticeReceipt receipt(ResultSet rs) throws SQLException {
    return new NoticeReceipt(NoticeReceiptId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        NoticeId.of(rs.getString("notice_id")), GuardianId.of(rs.getString("guardian_id")),
        ids(rs.getString("student_ids"), StudentId::of), Sql.instant(rs, "read_at"), Sql.instant(rs, "confirmed_at"),
        rs.getString("signature"), rs.getInt("reminders"), rs.getLong("version"));
  }
}
