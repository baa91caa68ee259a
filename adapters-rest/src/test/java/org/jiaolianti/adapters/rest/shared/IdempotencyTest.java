package org.jiaolianti.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A write retried with the same Idempotency-Key creates nothing new (API.md "Writing"). */
class IdempotencyTest {

  private final RestWorld world = new RestWorld();
  private final String admin = world.token(world.user("bureau.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
  private static final String EVENT = "{\"heldOn\":\"2026-05-20\",\"organiser\":\"区教育局\",\"title\":\"教联体经验交流会\"}";

  @AfterEach
  void stop() {
    world.close();
  }

  private Reply record(String key, String body) {
    var request = world.server.request("POST", "/api/v1/exchange-events").token(admin).json(body);
    return key == null ? request.send() : request.header("Idempotency-Key", key).send();
  }

  private int events() {
    return world.server.get("/api/v1/exchange-events", admin).json().get("totalCount").asInt();
  }

  @Test
  void theSameKeyAndBodyReturnTheFirstResultAndCreateNothingNew() {
    Reply first = record("retry-1", EVENT);
    Reply again = record("retry-1", EVENT);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(again.header("location")).isEqualTo(first.header("location"));
    assertThat(again.header("idempotent-replayed")).isEqualTo("true");
    assertThat(events()).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsA422AndWithoutAKeyEachWriteCounts() {
    record("retry-2", EVENT);
    Reply other = record("retry-2", EVENT.replace("交流会", "推进会"));
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("type").asText()).endsWith("/idempotency-key-reused");

    record(null, EVENT);
    record(null, EVENT);
    assertThat(events()).isEqualTo(3);
  }

  @Test
  void keysBelongToTheirCallerAndMalformedKeysAreRefused() {
    String otherAdmin = world.token(world.user("second.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    record("shared-key", EVENT);
    Reply fromOther = world.server.request("POST", "/api/v1/exchange-events").token(otherAdmin).json(EVENT)
        .header("Idempotency-Key", "shared-key").send();
    assertThat(fromOther.status()).isEqualTo(201);
    assertThat(fromOther.header("idempotent-replayed")).isNull();
    assertThat(events()).isEqualTo(2);

    assertThat(record("bad key with spaces", EVENT).status()).isEqualTo(400);
  }
}
