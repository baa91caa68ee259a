package org.jiaolianti.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.jiaolianti.adapters.rest.RestApi;
import org.jiaolianti.adapters.rest.security.Tokens;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void aBucketRefillsAtItsRate() {
    AtomicLong now = new AtomicLong();
    RateLimit limit = new RateLimit(2, 3, now::get);
    assertThat(limit.acquire("a")).isZero();
    assertThat(limit.acquire("a")).isZero();
    assertThat(limit.acquire("a")).isZero();
    assertThat(limit.acquire("a")).isEqualTo(500_000_000L); // the next token in half a second
    assertThat(limit.acquire("b")).as("another caller has a bucket of their own").isZero();
    now.addAndGet(500_000_000L);
    assertThat(limit.acquire("a")).isZero();
  }

  @Test
  void overTheLimitACallerGets429WithRetryAfter() {
    Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), Clocks.system())
        .activate(PolicySeedLoader.loadBundled("xiangan-2025").policy());
    var user = app.users().register(new RegisterUserCommand("350213", "busy.script", "脚本", null));
    app.users().assign(new AssignRoleCommand("350213", user.id().value(), Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null,
        LocalDate.of(2025, 12, 1), null));
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Tokens tokens = Tokens.hs256(secret);
    String token = tokens.mint("busy.script", Instant.now(), Duration.ofMinutes(5));

    try (HttpTestServer server = HttpTestServer.start(new RestApi(app, tokens, () -> true, Instant::now,
        new RateLimit(1, 2)))) {
      assertThat(server.get("/api/v1/policy", token).status()).isEqualTo(200);
      assertThat(server.get("/api/v1/policy", token).status()).isEqualTo(200);
      Reply third = server.get("/api/v1/policy", token);

      assertThat(third.status()).isEqualTo(429);
      assertThat(third.header("retry-after")).isEqualTo("1");
      assertThat(third.json().get("type").asText()).endsWith("/rate-limited");
      assertThat(server.get("/health", null).status()).as("health is not limited").isEqualTo(200);
    }
  }
}
