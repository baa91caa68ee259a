package org.jiaolianti.adapters.rest.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.organization.Replies.fields;
import static org.jiaolianti.adapters.rest.organization.Replies.itemIds;
import static org.jiaolianti.adapters.rest.organization.Replies.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerResourceTest {

  static final String PARTNERS = "/api/v1/partners";

  OrganizationFixture f;
  HttpTestServer server;

  @BeforeAll
  void start() {
    f = new OrganizationFixture();
    server = f.world.server;
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void partnersAreFilteredByKindUnitTownAndResourceKind() {
    assertThat(itemIds(server.get(PARTNERS + "?kind=DEPARTMENT&unitCode=HEALTH_BUREAU", f.admin)))
        .containsExactly(f.health.id().value());
    assertThat(itemIds(server.get(PARTNERS + "?kind=COMMUNITY&town=" + OrganizationFixture.T2, f.admin))).containsExactly(f.community.id().value());
    assertThat(itemIds(server.get(PARTNERS + "?town=" + OrganizationFixture.T1, f.admin)))
        .containsExactly(f.town1.id().value());
    assertThat(itemIds(server.get(PARTNERS + "?resourceKind=SPORTS_VENUE", f.admin)))
        .containsExactly(f.venue.id().value());
    assertThat(fields(server.get(PARTNERS + "?kind=SCHOOL", f.admin))).containsExactly("kind");
    assertThat(fields(server.get(PARTNERS + "?resourceKind=ZOO", f.admin))).containsExactly("resourceKind");
    assertThat(fields(server.get(PARTNERS + "?limit=0", f.admin))).containsExactly("limit");
  }

  @Test
  void onePartnerCarriesItsFieldsAndETag() {
    Reply r = server.get(PARTNERS + "/" + f.health.id(), f.admin);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("etag")).isEqualTo("\"0\"");
    JsonNode p = r.json();
    assertThat(p.get("kind").asText()).isEqualTo("DEPARTMENT");
    assertThat(p.get("name").asText()).isEqualTo("区卫生健康局");
    assertThat(p.get("unitCode").asText()).isEqualTo("HEALTH_BUREAU");
    assertThat(p.has("town")).isFalse();
    problem(server.get(PARTNERS + "/00000000-0000-0000-0000-000000000000", f.admin), 404);
    problem(server.get(PARTNERS + "/" + f.health.id(), null), 401);
  }

  @Test
  void registeringEachKindAnswers201() {
    String[] bodies = {
        "{\"kind\":\"DEPARTMENT\",\"name\":\"区妇联\",\"unitCode\":\"WOMENS_FEDERATION\"}",
        "{\"kind\":\"TOWN_STREET\",\"name\":\"新圩镇人民政府\",\"town\":\"350213102\"}",
        "{\"kind\":\"COMMUNITY\",\"name\":\"新圩社区\",\"town\":\"350213102\"}",
        "{\"kind\":\"SOCIAL_RESOURCE_UNIT\",\"name\":\"翔安区科技馆\",\"resourceKind\":\"CULTURAL_VENUE\"}"};
    for (String body : bodies) {
      Reply r = server.post(PARTNERS, f.admin, body);
      assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(201);
      JsonNode created = r.json();
      assertThat(URI.create(r.header("location")).getPath()).isEqualTo(PARTNERS + "/" + created.get("id").asText());
      assertThat(server.get(URI.create(r.header("location")).getPath(), f.admin).json()).isEqualTo(created);
    }
  }

  @Test
  void aPartnerNamesWhatItsKindNeedsAndNothingElse() {
    assertThat(fields(server.post(PARTNERS, f.admin, "{\"kind\":\"DEPARTMENT\",\"name\":\"某部门\"}")))
        .containsExactly("unitCode");
    assertThat(fields(server.post(PARTNERS, f.admin,
        "{\"kind\":\"DEPARTMENT\",\"name\":\"某部门\",\"unitCode\":\"NO_SUCH_UNIT\"}"))).containsExactly("unitCode");
    assertThat(fields(server.post(PARTNERS, f.admin,
        "{\"kind\":\"DEPARTMENT\",\"name\":\"某部门\",\"unitCode\":\"health\"}"))).containsExactly("unitCode");
    assertThat(fields(server.post(PARTNERS, f.admin, "{\"kind\":\"COMMUNITY\",\"name\":\"某社区\"}")))
        .containsExactly("town");
    assertThat(fields(server.post(PARTNERS, f.admin, "{\"kind\":\"SOCIAL_RESOURCE_UNIT\",\"name\":\"某馆\"}")))
        .containsExactly("resourceKind");
    assertThat(fields(server.post(PARTNERS, f.admin,
        "{\"kind\":\"SOCIAL_RESOURCE_UNIT\",\"name\":\"某馆\",\"resourceKind\":\"ZOO\"}"))).containsExactly("resourceKind");
    assertThat(fields(server.post(PARTNERS, f.admin, "{}"))).containsExactly("kind", "name");
    assertThat(fields(server.post(PARTNERS, f.admin, "{\"kind\":\"BANK\",\"name\":\"x\"}"))).containsExactly("kind");
    assertThat(fields(server.post(PARTNERS, f.admin, "[1,2]"))).containsExactly("body");
    problem(server.post(PARTNERS, f.admin, "{\"kind\":\"COMMUNITY\",\"name\":\"某社区\",\"town\":\"350213999\"}"), 404);
    problem(server.request("POST", PARTNERS).token(f.admin).header("Content-Type", "text/plain").body("x").send(), 415);
  }

  @Test
  void onlyTheDistrictRegistersPartners() {
    String body = "{\"kind\":\"SOCIAL_RESOURCE_UNIT\",\"name\":\"越权馆\",\"resourceKind\":\"SPORTS_VENUE\"}";
    problem(server.post(PARTNERS, f.venueStaff, body), 403);
    problem(server.post(PARTNERS, f.healthOfficer, body), 403);
    assertThat(itemIds(server.get(PARTNERS + "?resourceKind=SPORTS_VENUE", f.admin)))
        .containsExactly(f.venue.id().value());
  }
}
