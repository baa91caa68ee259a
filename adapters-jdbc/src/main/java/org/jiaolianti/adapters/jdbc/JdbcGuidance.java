package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.guidance.port.out.GuidanceItems;
import org.jiaolianti.application.guidance.port.out.SharedResources;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceItemId;
import org.jiaolianti.domain.guidance.GuidanceKind;
import org.jiaolianti.domain.guidance.GuidanceLesson;
import org.jiaolianti.domain.guidance.GuidanceProgress;
import org.jiaolianti.domain.guidance.GuidanceStatus;
import org.jiaolianti.domain.guidance.GuidanceTopic;
import org.jiaolianti.domain.guidance.HttpsLink;
import org.jiaolianti.domain.guidance.SharedResource;
import org.jiaolianti.domain.guidance.SharedResourceId;
import org.jiaolianti.domain.guidance.SharedResourceKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * The guidance column and shared resources on {@code guidance_item}, {@code guidance_lesson},
 * {@code guidance_progress} and {@code shared_resource} (V9). The only UPDATEs set an item's status or a resource's
 * withdrawal (optimistic on version); lessons and progress are inserted only, progress once per guardian and part
 * ({@code INSERT … WHERE NOT EXISTS}, so a repeat neither fails nor aborts the transaction). Lists are sorted in Java
 * so that both databases give the same order.
 */
final class JdbcGuidance {

  private JdbcGuidance() {}

  /** {@link GuidanceItems} on JDBC. */
  static final class JdbcGuidanceItems implements GuidanceItems {

    private static final Comparator<GuidanceProgress> PROGRESS_ORDER = Comparator
        .comparing(GuidanceProgress::completedAt).thenComparing(p -> p.guardian().value())
        .thenComparing(GuidanceProgress::part);
    private final JdbcSession session;

    JdbcGuidanceItems(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(GuidanceItem i) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO guidance_item (district_code, id, school_id, kind,"
              + " title, body, speaker, video_url, target_grades, topics, status, author_id, drafted_at, published_at,"
              + " withdrawn_at, version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :school,"
              + " :kind, :title, :body, :speaker, :video, :grades, :topics, :status, :author, :drafted, :published,"
              + " :withdrawn, :version, :now, :actor, :now, :actor)")
          .bind("d", i.district().value()).bind("id", i.id().value())
          .bind("school", i.school() == null ? null : i.school().value()).bind("kind", i.kind().name())
          .bind("title", i.title()).bind("body", i.body()).bind("speaker", i.speaker())
          .bind("video", i.video() == null ? null : i.video().value())
          .bind("grades", i.targetGrades().stream().map(String::valueOf).collect(Collectors.joining(",")))
          .bind("topics", Sql.enumSet(i.topics())).bind("status", i.status().name())
          .bind("author", i.createdBy().value()).bind("drafted", Sql.instant(i.createdAt()))
          .bind("published", Sql.instant(i.publishedAt())).bind("withdrawn", Sql.instant(i.withdrawnAt()))
          .bind("version", i.version()).bind("now", Sql.instant(session.now())).bind("actor", session.actor())
          .execute()),
          () -> ConflictException.duplicate("id", i.id().value()));
    }

    @Override
    public Optional<GuidanceItem> byId(DistrictCode district, GuidanceItemId id) {
      return session.call(h -> h.createQuery("SELECT * FROM guidance_item WHERE district_code = :d AND id = :id")
          .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> item(rs)).findOne());
    }

    @Override
    public List<GuidanceItem> ofDistrict(DistrictCode district) {
      return session.call(h -> h.createQuery("SELECT * FROM guidance_item WHERE district_code = :d")
          .bind("d", district.value()).map((rs, ctx) -> item(rs)).list()).stream()
          .sorted(Comparator.comparing(GuidanceItem::createdAt).thenComparing(i -> i.id().value())).toList();
    }

    @Override
    public GuidanceItem update(GuidanceItem i) {
      return session.call(h -> {
        int rows = h.createUpdate("UPDATE guidance_item SET status = :status, published_at = :published,"
                + " withdrawn_at = :withdrawn, version = :version + 1, changed_at = :now, changed_by = :actor"
                + " WHERE district_code = :d AND id = :id AND version = :version")
            .bind("status", i.status().name()).bind("published", Sql.instant(i.publishedAt()))
            .bind("withdrawn", Sql.instant(i.withdrawnAt())).bind("version", i.version())
            .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
            .bind("d", i.district().value()).bind("id", i.id().value()).execute();
        Sql.updatedOne(rows, h, "guidance_item", i.district().value(), i.id().value(), "guidance item");
        return h.createQuery("SELECT * FROM guidance_item WHERE district_code = :d AND id = :id")
            .bind("d", i.district().value()).bind("id", i.id().value()).map((rs, ctx) -> item(rs)).one();
      });
    }

    @Override
    public void addLesson(GuidanceLesson l) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO guidance_lesson (district_code, id, item_id,"
              + " position, title, body, video_url, created_at, created_by) VALUES (:d, :id, :item, :position, :title,"
              + " :body, :video, :now, :actor)")
          .bind("d", l.district().value()).bind("id", l.id()).bind("item", l.item().value())
          .bind("position", l.position()).bind("title", l.title()).bind("body", l.body())
          .bind("video", l.video() == null ? null : l.video().value())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
          () -> ConflictException.duplicate("position", l.position()));
    }

    @Override
    public List<GuidanceLesson> lessons(DistrictCode district, GuidanceItemId item) {
      return session.call(h -> h.createQuery("SELECT * FROM guidance_lesson WHERE district_code = :d"
              + " AND item_id = :item ORDER BY position")
          .bind("d", district.value()).bind("item", item.value())
          .map((rs, ctx) -> new GuidanceLesson(rs.getString("id"), DistrictCode.of(rs.getString("district_code")),
              GuidanceItemId.of(rs.getString("item_id")), rs.getInt("position"), rs.getString("title"),
              rs.getString("body"), Sql.nullable(rs.getString("video_url"), HttpsLink::of)))
          .list());
    }

    @Override
    public boolean recordProgress(GuidanceProgress p) {
      return session.call(h -> h.createUpdate("INSERT INTO guidance_progress (district_code, item_id, part_id,"
              + " guardian_id, learner_id, completed_at, created_at, created_by) SELECT :d, :item, :part, :guardian,"
              + " :learner, :at, :now, :actor FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM"
              + " guidance_progress WHERE district_code = :d AND item_id = :item AND part_id = :part"
              + " AND guardian_id = :guardian)")
          .bind("d", p.district().value()).bind("item", p.item().value()).bind("part", p.part())
          .bind("guardian", p.guardian().value()).bind("learner", p.learner().value())
          .bind("at", Sql.instant(p.completedAt())).bind("now", Sql.instant(session.now()))
          .bind("actor", session.actor()).execute()) == 1;
    }

    @Override
    public List<GuidanceProgress> progressOn(DistrictCode district, GuidanceItemId item) {
      return progress("item_id = :k", district, item.value());
    }

    @Override
    public List<GuidanceProgress> progressOf(DistrictCode district, GuardianId guardian) {
      return progress("guardian_id = :k", district, guardian.value());
    }

    private List<GuidanceProgress> progress(String condition, DistrictCode district, String key) {
      return session.call(h -> h.createQuery("SELECT * FROM guidance_progress WHERE district_code = :d AND "
              + condition)
          .bind("d", district.value()).bind("k", key).map((rs, ctx) -> progress(rs)).list()).stream()
          .sorted(PROGRESS_ORDER).toList();
    }

    @Override
    public List<GuidanceProgress> completedBetween(DistrictCode district, Instant from, Instant to) {
      return session.call(h -> h.createQuery("SELECT * FROM guidance_progress WHERE district_code = :d"
              + " AND completed_at >= :from AND completed_at < :to")
          .bind("d", district.value()).bind("from", Sql.instant(from)).bind("to", Sql.instant(to))
          .map((rs, ctx) -> progress(rs)).list()).stream().sorted(PROGRESS_ORDER).toList();
    }

    private static GuidanceProgress progress(ResultSet rs) throws SQLException {
      return new GuidanceProgress(DistrictCode.of(rs.getString("district_code")),
          GuidanceItemId.of(rs.getString("item_id")), rs.getString("part_id"),
          GuardianId.of(rs.getString("guardian_id")), UserId.of(rs.getString("learner_id")),
          Sql.instant(rs, "completed_at"));
    }

    private static GuidanceItem item(ResultSet rs) throws SQLException {
      String grades = rs.getString("target_grades");
      Set<Integer> targetGrades = grades.isEmpty() ? Set.of()
          : Arrays.stream(grades.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
      return new GuidanceItem(GuidanceItemId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
          Sql.nullable(rs.getString("school_id"), SchoolId::of), GuidanceKind.valueOf(rs.getString("kind")),
          rs.getString("title"), rs.getString("body"), rs.getString("speaker"),
          Sql.nullable(rs.getString("video_url"), HttpsLink::of), targetGrades,
          Sql.enumSet(rs.getString("topics"), GuidanceTopic.class), GuidanceStatus.valueOf(rs.getString("status")),
          UserId.of(rs.getString("author_id")), Sql.instant(rs, "drafted_at"), Sql.instant(rs, "published_at"),
          Sql.instant(rs, "withdrawn_at"), rs.getLong("version"));
    }
  }

  /** {@link SharedResources} on JDBC. */
  static final class JdbcSharedResources implements SharedResources {

    private final JdbcSession session;

    JdbcSharedResources(JdbcSession session) {
      this.session = session;
    }

    @Override
    public void add(SharedResource r) {
      Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO shared_resource (district_code, id, school_id,"
              + " kind, title, description, link, collaborations, shared_by, shared_at, withdrawn_by, withdrawn_at,"
              + " version, created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :school, :kind, :title,"
              + " :description, :link, :collaborations, :by, :at, :withdrawnBy, :withdrawnAt, :version, :now, :actor,"
              + " :now, :actor)")
          .bind("d", r.district().value()).bind("id", r.id().value()).bind("school", r.school().value())
          .bind("kind", r.kind().name()).bind("title", r.title()).bind("description", r.description())
          .bind("link", r.link().value()).bind("collaborations", Sql.enumSet(r.collaborations()))
          .bind("by", r.sharedBy().value()).bind("at", Sql.instant(r.sharedAt()))
          .bind("withdrawnBy", r.withdrawnBy() == null ? null : r.withdrawnBy().value())
          .bind("withdrawnAt", Sql.instant(r.withdrawnAt())).bind("version", r.version())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
          () -> ConflictException.duplicate("id", r.id().value()));
    }

    @Override
    public Optional<SharedResource> byId(DistrictCode district, SharedResourceId id) {
      return session.call(h -> h.createQuery("SELECT * FROM shared_resource WHERE district_code = :d AND id = :id")
          .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> resource(rs)).findOne());
    }

    @Override
    public List<SharedResource> ofDistrict(DistrictCode district) {
      return session.call(h -> h.createQuery("SELECT * FROM shared_resource WHERE district_code = :d")
          .bind("d", district.value()).map((rs, ctx) -> resource(rs)).list()).stream()
          .sorted(Comparator.comparing(SharedResource::sharedAt).thenComparing(r -> r.id().value())).toList();
    }

    @Override
    public SharedResource update(SharedResource r) {
      return session.call(h -> {
        int rows = h.createUpdate("UPDATE shared_resource SET withdrawn_by = :withdrawnBy, withdrawn_at = :withdrawnAt,"
                + " version = :version + 1, changed_at = :now, changed_by = :actor"
                + " WHERE district_code = :d AND id = :id AND version = :version")
            .bind("withdrawnBy", r.withdrawnBy() == null ? null : r.withdrawnBy().value())
            .bind("withdrawnAt", Sql.instant(r.withdrawnAt())).bind("version", r.version())
            .bind("now", Sql.instant(session.now())).bind("actor", session.actor())
            .bind("d", r.district().value()).bind("id", r.id().value()).execute();
        Sql.updatedOne(rows, h, "shared_resource", r.district().value(), r.id().value(), "shared resource");
        return h.createQuery("SELECT * FROM shared_resource WHERE district_code = :d AND id = :id")
            .bind("d", r.district().value()).bind("id", r.id().value()).map((rs, ctx) -> resource(rs)).one();
      });
    }

    private static SharedResource resource(ResultSet rs) throws SQLException {
      return new SharedResource(SharedResourceId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
          SchoolId.of(rs.getString("school_id")), SharedResourceKind.valueOf(rs.getString("kind")),
          rs.getString("title"), rs.getString("description"), HttpsLink.of(rs.getString("link")),
          Sql.enumSet(rs.getString("collaborations"), Collaboration.class), UserId.of(rs.getString("shared_by")),
          Sql.instant(rs, "shared_at"), Sql.nullable(rs.getString("withdrawn_by"), UserId::of),
          Sql.instant(rs, "withdrawn_at"), rs.getLong("version"));
    }
  }
}
