package org.jiaolianti.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Policies} on tables {@code district_policy} (the active version of each district, kept as
 * its seed text in {@link PolicyFormat}) and {@code policy_activation} (every activation, for the
 * record). A read policy is cached per district and activation: parsing the seed on every use case
 * would be waste, and a new activation (from any process) changes the activation stamp.
 */
public final class JdbcPolicies implements Policies {

  private final JdbcSession session;
  private final PolicyFormat format;
  private final java.util.concurrent.ConcurrentMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

  /** A parsed policy and the activation it came from. */
  private record Cached(String stamp, Policy policy) {}

  JdbcPolicies(JdbcSession session, PolicyFormat format) {
    this.session = session;
    this.format = requireNonNull(format, "format");
  }

  @Override
  public void activate(Policy policy) {
    String text = format.write(policy);
    String d = policy.district().value();
    session.run(h -> {
      // lock the district's row (or its absence) so two activations do not interleave
      int updated = h.createUpdate("UPDATE district_policy SET policy_version = :version, seed_text = :text,"
              + " activated_at = :now, activated_by = :actor WHERE district_code = :d")
          .bind("d", d).bind("version", policy.document().policyVersion()).bind("text", text)
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute();
      if (updated == 0) {
        h.createUpdate("INSERT INTO district_policy (district_code, policy_version, seed_text, activated_at,"
                + " activated_by) VALUES (:d, :version, :text, :now, :actor)")
            .bind("d", d).bind("version", policy.document().policyVersion()).bind("text", text)
            .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute();
      }
      long next = h.createQuery("SELECT COALESCE(MAX(activation_no), 0) + 1 FROM policy_activation WHERE district_code = :d")
          .bind("d", d).mapTo(Long.class).one();
      h.createUpdate("INSERT INTO policy_activation (district_code, activation_no, policy_version, activated_at,"
              + " activated_by) VALUES (:d, :no, :version, :now, :actor)")
          .bind("d", d).bind("no", next).bind("version", policy.document().policyVersion())
          .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute();
    });
  }

  @Override
  public Optional<Policy> active(DistrictCode district) {
    return session.call(h -> {
      Optional<String> stamp = h.createQuery("SELECT policy_version, activated_at FROM district_policy"
              + " WHERE district_code = :d")
          .bind("d", district.value())
          .map((rs, ctx) -> rs.getString("policy_version") + "@" + Sql.instant(rs, "activated_at")).findOne();
      if (stamp.isEmpty()) {
        return Optional.<Policy>empty();
      }
      Cached cached = cache.get(district.value());
      if (cached != null && cached.stamp().equals(stamp.get())) {
        return Optional.of(cached.policy());
      }
      String text = h.createQuery("SELECT seed_text FROM district_policy WHERE district_code = :d")
          .bind("d", district.value()).mapTo(String.class).one();
      Policy policy = format.read(text);
      cache.put(district.value(), new Cached(stamp.get(), policy));
      return Optional.of(policy);
    });
  }

  @Override
  public List<DistrictCode> districts() {
    return session.call(h -> h.createQuery("SELECT district_code FROM district_policy ORDER BY district_code")
        .map((rs, ctx) -> DistrictCode.of(rs.getString(1))).list());
  }
}
