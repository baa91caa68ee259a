package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Users} on table {@code app_user}. A username is unique across districts: the reference
 * table {@code username_registry} holds each one once, since a distributed table's unique keys must
 * carry the district.
 */
public final class JdbcUsers implements Users {

  private final JdbcSession session;

  JdbcUsers(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void add(User user) {
    Sql.unique(() -> session.run(h -> {
      h.createUpdate("INSERT INTO username_registry (username, district_code, user_id, created_at)"
              + " VALUES (:username, :d, :id, :now)")
          .bind("username", user.username()).bind("d", user.district().value()).bind("id", user.id().value())
          .bind("now", Sql.instant(session.now())).execute();
      h.createUpdate("INSERT INTO app_user (district_code, id, username, display_name, guardian_id, active, version,"
              + " created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :username, :displayName, :guardian,"
              + " :active, :version, :now, :actor, :now, :actor)")
          .bind("d", user.district().value()).bind("id", user.id().value()).bind("username", user.username())
          .bind("displayName", user.displayName()).bind("guardian", user.guardian() == null ? null : user.guardian().value())
          .bind("active", user.active()).bind("version", user.version()).bind("now", Sql.instant(session.now()))
          .bind("actor", session.actor()).execute();
    }), () -> ConflictException.duplicate("username", user.username()));
  }

  /** The username is the login and stays as registered; the rest may change. */
  @Override
  public User update(User user) {
    return session.call(h -> {
      int rows = h.createUpdate("UPDATE app_user SET display_name = :displayName, guardian_id = :guardian,"
              + " active = :active, version = :version + 1, changed_at = :now, changed_by = :actor"
              + " WHERE district_code = :d AND id = :id AND version = :version AND username = :username")
          .bind("d", user.district().value()).bind("id", user.id().value()).bind("username", user.username())
          .bind("displayName", user.displayName()).bind("guardian", user.guardian() == null ? null : user.guardian().value())
          .bind("active", user.active()).bind("version", user.version()).bind("now", Sql.instant(session.now()))
          .bind("actor", session.actor()).execute();
      Sql.updatedOne(rows, h, "app_user", user.district().value(), user.id().value(), "user");
      return new User(user.id(), user.district(), user.username(), user.displayName(), user.guardian(), user.active(),
          user.version() + 1);
    });
  }

  @Override
  public Optional<User> byId(DistrictCode district, UserId id) {
    return session.call(h -> h.createQuery("SELECT * FROM app_user WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> user(rs)).findOne());
  }

  /** Looks the username up in the registry first, so that a distributed engine reads one district's shard. */
  @Override
  public Optional<User> byUsername(String username) {
    return session.call(h -> h.createQuery("SELECT u.* FROM username_registry r JOIN app_user u"
            + " ON u.district_code = r.district_code AND u.id = r.user_id WHERE r.username = :username")
        .bind("username", username).map((rs, ctx) -> user(rs)).findOne());
  }

  @Override
  public List<User> all(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM app_user WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> user(rs)).list())
        .stream().sorted(java.util.Comparator.comparing(User::username)).toList();
  }

  @Override
  public List<User> linkedToGuardian(DistrictCode district, GuardianId guardian) {
    return session.call(h -> h.createQuery("SELECT * FROM app_user WHERE district_code = :d AND guardian_id = :g"
            + " ORDER BY id")
        .bind("d", district.value()).bind("g", guardian.value()).map((rs, ctx) -> user(rs)).list());
  }

  private static User user(ResultSet rs) throws SQLException {
    return new User(UserId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        rs.getString("username"), rs.getString("display_name"), Sql.nullable(rs.getString("guardian_id"), GuardianId::of),
        rs.getBoolean("active"), rs.getLong("version"));
  }
}
