package org.jiaolianti.adapters.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code POST /api/v1/audit-events/purge} with a clock moved by hand: events from 2026-03-02 are purged more than a
 * year later, the chain still verifies from the checkpoint, a second purge finds nothing (200, purged 0), a date
 * inside the retention is a 422 naming the rule, bad bodies are 400, and only the auditor purges.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPurgeResourceTest {

  private static final String PATH = "/api/v1/audit-events";
  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  Clocks.SettableClock clock = Clocks.fixed(START);
  RestWorld world;
  String auditor;
  String admin;

  @BeforeAll
  void start() {
    world = new RestWorld(clock);
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    admin = world.token(world.user("bureau", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("SQL");
    return r.json();
  }

  private Reply purge(String token, String olderThan, String purpose) {
    return world.server.post(PATH + "/purge", token,
        "{\"olderThan\":\"" + olderThan + "\",\"purpose\":\"" + purpose + "\"}");
  }

  private long total() {
    Reply r = world.server.get(PATH + "?limit=1", auditor);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("totalCount").asLong();
  }

  @Test
  void oldEventsArePurged_verifyIsStillOk_aSecondPurgeFindsNothing_insideTheRetentionIs422() {
    // events on 2026-03-02: listings and a verification (each audited), and a refused purge (audited DENIED)
    clock.set(START);
    total();
    assertThat(world.server.post(PATH + "/verify", auditor, "").status()).isEqualTo(200);
    problem(purge(admin, "2026-01-01", "年度清理"), 403);
    long before = total();
    assertThat(before).isGreaterThanOrEqualTo(3);

    // more than a year later: everything before 2026-06-01 may go (the floor keeps six months)
    clock.set(START.plus(Duration.ofDays(400)));
    Reply purged = purge(auditor, "2026-06-01", "年度清理 annual purge");
    assertThat(purged.status()).as(purged.body()).isEqualTo(200);
    JsonNode body = purged.json();
    assertThat(body.get("purged").asLong()).isGreaterThanOrEqualTo(before);
    JsonNode checkpoint = body.get("checkpoint");
    assertThat(checkpoint.get("sequence").asLong()).isEqualTo(body.get("purged").asLong());
    assertThat(checkpoint.get("hash").asText()).hasSize(64);
    assertThat(checkpoint.get("at").asText()).isEqualTo("2027-04-05T16:00:00Z"); // the start of that day in Shanghai

    Reply verified = world.server.post(PATH + "/verify", auditor, "");
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    assertThat(verified.json().get("ok").asBoolean()).isTrue();
    // the purge's own event (with its purpose) is kept, younger than the cut
    Reply purgeEvents = world.server.get(PATH + "?limit=500&subjectType=AUDIT_TRAIL", auditor);
    assertThat(purgeEvents.body()).contains("PURGE").contains("年度清理 annual purge");

    Reply again = purge(auditor, "2026-06-01", "再次清理");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("purged").asLong()).isZero();
    assertThat(again.json().has("checkpoint")).isFalse(); // {"purged":0}

    JsonNode refused = problem(purge(auditor, "2027-01-01", "太近了"), 422);
    assertThat(refused.get("rule").asText()).isEqualTo("AUDIT_RETENTION");
    assertThat(refused.get("clause").asText()).isEqualTo("五(二)");
    assertThat(world.server.post(PATH + "/verify", auditor, "").json().get("ok").asBoolean()).isTrue();
  }

  @Test
  void badBodiesAre400_othersAre403_noTokenIs401() {
    JsonNode missing = problem(world.server.post(PATH + "/purge", auditor, "{\"purpose\":\" \"}"), 400);
    assertThat(missing.get("errors").toString()).contains("olderThan").contains("purpose");
    problem(purge(auditor, "yesterday", "清理"), 400);
    problem(purge(auditor, "2026-01-01", "x".repeat(501)), 400);
    problem(purge(admin, "2026-01-01", "清理"), 403);
    assertThat(world.server.post(PATH + "/purge", null, "{\"olderThan\":\"2026-01-01\",\"purpose\":\"x\"}")
        .status()).isEqualTo(401);
  }
}
