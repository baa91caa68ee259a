package org.jiaolianti.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.adapters.rest.RestApi;
import org.jiaolianti.adapters.rest.security.Tokens;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.junit.jupiter.api.Test;

/** What a caller sees when the server fails, and when the body is too large: a problem, never internals. */
class FailureTest {

  /** A storage failure whose message is the kind of thing that must never reach a caller. */
  static final String INTERNAL = "ERROR: relation \"district_policy\" SELECT seed_text FROM district_policy";

  @Test
  void aFailureIsA500WithACorrelationIdAndNothingElse() {
    Policy policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();
    Storage s = InMemoryStorage.create();
    java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
    Policies failingAfterStart = new Policies() {
      @Override
      public void activate(Policy p) {
        s.policies().activate(p);
      }

      @Override
      public Optional<Policy> active(DistrictCode district) {
        if (failing.get()) {
          throw new IllegalStateException(INTERNAL);
        }
        return s.policies().active(district);
      }

      @Override
      public List<DistrictCode> districts() {
        return s.policies().districts();
      }
    };
    Storage storage = s.with(Policies.class, failingAfterStart);
    Jiaolianti app = new Jiaolianti(storage, Clocks.system()).activate(policy);
    var user = app.users().register(new RegisterUserCommand("350213", "bureau.staff", "区教育局", null));
    app.users().assign(new AssignRoleCommand("350213", user.id().value(), Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null,
        LocalDate.of(2025, 12, 1), null));
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Tokens tokens = Tokens.hs256(secret);

    try (HttpTestServer server = HttpTestServer.start(new RestApi(app, tokens, () -> true, Instant::now))) {
      failing.set(true);
      Reply r = server.get("/api/v1/policy", tokens.mint("bureau.staff", Instant.now(), Duration.ofMinutes(5)));

      assertThat(r.status()).isEqualTo(500);
      assertThat(r.header("content-type")).startsWith("application/problem+json");
      assertThat(r.json().get("correlationId").asText()).matches("[0-9a-f-]{36}");
      assertThat(r.body()).doesNotContain("SELECT", "district_policy", "IllegalState", "java.", "at org.");
    }
  }

  @Test
  void aBodyOverTheLimitIsA413() {
    try (var world = new org.jiaolianti.adapters.rest.testing.RestWorld()) {
      String token = world.token(world.user("bureau.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
      String huge = "{\"name\":\"" + "校".repeat(400_000) + "\"}"; // 1.2 MB in UTF-8

      Reply r = world.server.request("POST", "/api/v1/schools").token(token).json(huge).sendRefusedEarly();

      assertThat(r.status()).isEqualTo(413);
      assertThat(r.header("content-type")).startsWith("application/problem+json");
    }
  }
}
