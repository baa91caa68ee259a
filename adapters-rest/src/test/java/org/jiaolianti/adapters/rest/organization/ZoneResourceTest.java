package org.jiaolianti.adapters.rest.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.organization.OrganizationFixture.id;
import static org.jiaolianti.adapters.rest.organization.Replies.fields;
import static org.jiaolianti.adapters.rest.organization.Replies.itemIds;
import static org.jiaolianti.adapters.rest.organization.Replies.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneResourceTest {

  static final String ZONES = "/api/v1/zones";
  static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

  OrganizationFixture f;
  HttpTestServer server;
  int codes = 0;

  @BeforeAll
  void start() {
    f = new OrganizationFixture();
    server = f.world.server;
  }

  @AfterAll
  void stop() {
    f.close();
  }

  /** A new school in T3, in no zone, through the use case. */
  School newSchool() {
    codes++;
    return f.app.register().registerSchool(new RegisterSchoolCommand(f.district, "35021380" + String.format("%02d", codes),
        "新圩第" + codes + "小学", SchoolType.PRIMARY, OrganizationFixture.T3, OrganizationFixture.OPENED));
  }

  String zone1() {
    return ZONES + "/" + f.zone1.id();
  }

  Reply addMember(String zonePath, School school, String validFrom, String validTo) {
    String to = validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"";
    return server.post(zonePath + "/members", f.admin,
        "{\"schoolId\":\"" + id(school) + "\",\"validFrom\":\"" + validFrom + "\"" + to + "}");
  }

  static String path(Reply created) {
    return URI.create(created.header("location")).getPath();
  }

  // --- reading ---

  @Test
  void aZoneShowsItsLeadSchoolAndMembersWithItsVersionAsETag() {
    Reply r = server.get(ZONES + "/" + f.zone2.id(), f.admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode zone = r.json();
    assertThat(r.header("etag")).isEqualTo("\"" + zone.get("version").asLong() + "\"");
    assertThat(zone.get("name").asText()).isEqualTo("马巷实验区");
    assertThat(zone.get("leadSchoolId").asText()).isEqualTo(id(f.schoolC));
    assertThat(zone.get("establishedOn").asText()).isEqualTo("2025-01-01");
    JsonNode lead = zone.get("members").get(0);
    assertThat(lead.get("schoolId").asText()).isEqualTo(id(f.schoolC));
    assertThat(lead.get("lead").asBoolean()).isTrue();
    assertThat(lead.get("voided").asBoolean()).isFalse();
    assertThat(lead.get("validFrom").asText()).isEqualTo("2025-01-01");
    assertThat(lead.get("membershipId").asText()).isNotBlank();
  }

  @Test
  void zonesAreListedAndFilteredByNameOrLeadSchool() {
    assertThat(itemIds(server.get(ZONES + "?leadSchoolId=" + id(f.schoolA), f.admin)))
        .containsExactly(f.zone1.id().value());
    assertThat(itemIds(server.get(ZONES + "?name=" + java.net.URLEncoder.encode("马巷实验区",
        java.nio.charset.StandardCharsets.UTF_8), f.admin))).containsExactly(f.zone2.id().value());
    Reply page = server.get(ZONES + "?limit=1", f.admin);
    assertThat(page.json().get("items")).hasSize(1);
    assertThat(page.json().get("totalCount").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(fields(server.get(ZONES + "?limit=501", f.admin))).containsExactly("limit");
    assertThat(fields(server.get(ZONES + "/" + f.zone1.id() + "/members?offset=-1", f.admin))).containsExactly("offset");
  }

  @Test
  void unknownZonesAndMembershipsAre404() {
    problem(server.get(ZONES + "/" + UNKNOWN, f.admin), 404);
    problem(server.get(zone1() + "/members/" + UNKNOWN, f.admin), 404);
    // a membership of another zone is not one of this zone's
    String otherZones = f.zone2.memberships().get(0).id().value();
    problem(server.get(zone1() + "/members/" + otherZones, f.admin), 404);
    problem(server.get(ZONES, null), 401);
  }

  // --- establishing ---

  @Test
  void establishingAZoneAnswers201WithItsLeadSchoolAsMember() {
    School lead = newSchool();
    Reply r = server.post(ZONES, f.admin, """
        {"name":"新圩实验区","leadSchoolId":"%s","coordinationOffice":"新圩中心小学","establishedOn":"2025-09-01"}"""
        .formatted(id(lead)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.header("etag")).isEqualTo("\"0\"");
    JsonNode zone = r.json();
    assertThat(path(r)).isEqualTo(ZONES + "/" + zone.get("id").asText());
    assertThat(zone.get("members")).hasSize(1);
    assertThat(zone.get("members").get(0).get("schoolId").asText()).isEqualTo(id(lead));
    assertThat(server.get(path(r), f.admin).json()).isEqualTo(zone);
  }

  @Test
  void aLeadSchoolAlreadyInAZoneIsRefusedWithTheRuleAndClause() {
    Reply r = server.post(ZONES, f.admin, """
        {"name":"重复实验区","leadSchoolId":"%s","establishedOn":"2025-09-01"}""".formatted(id(f.schoolB)));
    JsonNode problem = problem(r, 422);
    assertThat(problem.get("rule").asText()).isEqualTo("SCHOOL_IN_ONE_ZONE_AT_A_TIME");
    assertThat(problem.get("clause").asText()).isEqualTo("五(一)1");
    assertThat(problem.get("detail").asText()).contains("实验区");
  }

  @Test
  void establishingValidatesTheBodyAndTheLeadSchool() {
    assertThat(fields(server.post(ZONES, f.admin, "{}"))).containsExactly("establishedOn", "leadSchoolId", "name");
    assertThat(fields(server.post(ZONES, f.admin, "{\"name\":"))).containsExactly("body");
    assertThat(fields(server.post(ZONES, f.admin, """
        {"name":"x","leadSchoolId":"%s","establishedOn":true}""".formatted(id(f.schoolD)))))
        .containsExactly("establishedOn");
    assertThat(fields(server.post(ZONES, f.admin, """
        {"name":"x","leadSchoolId":"not an id","establishedOn":"2025-09-01"}"""))).containsExactly("leadSchoolId");
    problem(server.post(ZONES, f.admin, """
        {"name":"x","leadSchoolId":"%s","establishedOn":"2025-09-01"}""".formatted(UNKNOWN)), 404);
    problem(server.request("POST", ZONES).token(f.admin).header("Content-Type", "application/xml")
        .body("<zone/>").send(), 415);
  }

  @Test
  void onlyTheDistrictEstablishesZonesAndAddsMembers() {
    String body = """
        {"name":"越权实验区","leadSchoolId":"%s","establishedOn":"2025-09-01"}""".formatted(id(f.schoolD));
    problem(server.post(ZONES, f.zoneCoordinator, body), 403);
    problem(server.post(ZONES, f.schoolAdminA, body), 403);
    String member = "{\"schoolId\":\"" + id(f.schoolD) + "\",\"validFrom\":\"2025-09-01\"}";
    problem(server.post(zone1() + "/members", f.zoneCoordinator, member), 403);
    problem(server.post(ZONES + "/" + f.zone2.id() + "/members", f.zoneCoordinator, member), 404);
    problem(server.post(zone1() + "/members", f.schoolAdminA, member), 403);
    assertThat(server.get(zone1(), f.admin).json().get("members").toString()).doesNotContain(id(f.schoolD));
  }

  // --- members ---

  @Test
  void addingAMemberAnswers201WithTheMembershipAndTheZoneRuleHolds() {
    School school = newSchool();
    String before = server.get(zone1(), f.admin).header("etag");
    Reply added = addMember(zone1(), school, "2025-09-01", null);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(server.get(zone1(), f.admin).header("etag")).isNotEqualTo(before).isEqualTo(added.header("etag"));
    JsonNode membership = added.json();
    assertThat(membership.get("schoolId").asText()).isEqualTo(id(school));
    assertThat(membership.get("lead").asBoolean()).isFalse();
    assertThat(path(added)).isEqualTo(zone1() + "/members/" + membership.get("membershipId").asText());
    assertThat(server.get(path(added), f.admin).json()).isEqualTo(membership);
    assertThat(server.get(ZONES + "?leadSchoolId=" + id(f.schoolA), f.admin).json().get("items").get(0)
        .get("members").toString()).contains(id(school));

    // the same school in another zone at the same time: refused with the rule and its clause
    JsonNode refused = problem(addMember(ZONES + "/" + f.zone2.id(), school, "2026-01-01", null), 422);
    assertThat(refused.get("rule").asText()).isEqualTo("SCHOOL_IN_ONE_ZONE_AT_A_TIME");
    assertThat(refused.get("clause").asText()).isEqualTo("五(一)1");
    Reply en = server.request("POST", ZONES + "/" + f.zone2.id() + "/members").token(f.admin)
        .header("Accept-Language", "en").json("{\"schoolId\":\"" + id(school) + "\",\"validFrom\":\"2026-01-01\"}")
        .send();
    assertThat(problem(en, 422).get("detail").asText()).contains("at most one zone");
  }

  @Test
  void aSchoolMovesToAnotherZoneAfterItsMembershipEnds() {
    School school = newSchool();
    String membership = path(addMember(zone1(), school, "2025-03-01", null));
    Reply ended = server.post(membership + "/end", f.admin, "{\"lastDay\":\"2025-12-31\"}");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().get("validTo").asText()).isEqualTo("2025-12-31");
    assertThat(ended.header("etag")).isNotBlank();
    problem(addMember(ZONES + "/" + f.zone2.id(), school, "2025-12-31", null), 422);
    Reply moved = addMember(ZONES + "/" + f.zone2.id(), school, "2026-01-01", null);
    assertThat(moved.status()).as(moved.body()).isEqualTo(201);
  }

  @Test
  void aMembershipCannotStartBeforeItsZoneOrEndBeforeItStarts() {
    School school = newSchool();
    JsonNode early = problem(addMember(zone1(), school, "2024-12-31", null), 422);
    assertThat(early.get("rule").asText()).isEqualTo("MEMBERSHIP_BEFORE_ZONE");
    assertThat(fields(addMember(zone1(), school, "2025-05-01", "2025-04-01"))).containsExactly("validTo");
    assertThat(fields(server.post(zone1() + "/members", f.admin, "{}"))).containsExactly("schoolId", "validFrom");
    problem(server.post(zone1() + "/members", f.admin,
        "{\"schoolId\":\"" + UNKNOWN + "\",\"validFrom\":\"2025-05-01\"}"), 404);
    problem(addMember(ZONES + "/" + UNKNOWN, school, "2025-05-01", null), 404);
    String membership = path(addMember(zone1(), school, "2025-05-01", null));
    assertThat(fields(server.post(membership + "/end", f.admin, "{\"lastDay\":\"2025-04-30\"}")))
        .containsExactly("lastDay");
    assertThat(fields(server.post(membership + "/end", f.admin, "{}"))).containsExactly("lastDay");
  }

  @Test
  void theLeadSchoolStaysAMember() {
    String lead = f.zone1.memberships().stream().filter(m -> m.school().equals(f.schoolA.id())).findFirst()
        .orElseThrow().id().value();
    JsonNode end = problem(server.post(zone1() + "/members/" + lead + "/end", f.admin, "{\"lastDay\":\"2026-01-01\"}"),
        422);
    assertThat(end.get("rule").asText()).isEqualTo("LEAD_SCHOOL_STAYS_MEMBER");
    assertThat(end.get("clause").asText()).isEqualTo("五(一)1");
    problem(server.post(zone1() + "/members/" + lead + "/void", f.admin, "{\"reason\":\"误录\"}"), 422);
  }

  @Test
  void voidingKeepsTheMembershipWithWhoWhenAndWhy() {
    School school = newSchool();
    String membership = path(addMember(zone1(), school, "2025-06-01", null));
    assertThat(fields(server.post(membership + "/void", f.admin, "{}"))).containsExactly("reason");
    assertThat(fields(server.post(membership + "/void", f.admin, "{\"reason\":\"\"}"))).containsExactly("reason");
    problem(server.post(membership + "/void", f.zoneCoordinator, "{\"reason\":\"误录\"}"), 403);
    Reply voided = server.post(membership + "/void", f.admin, "{\"reason\":\"误录为本区成员\"}");
    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    JsonNode m = voided.json();
    assertThat(m.get("voided").asBoolean()).isTrue();
    assertThat(m.get("voiding").get("voidedBy").asText()).isEqualTo("org.admin");
    assertThat(m.get("voiding").get("reason").asText()).isEqualTo("误录为本区成员");
    assertThat(m.get("voiding").get("voidedAt").asText()).isNotBlank();
    assertThat(server.get(membership, f.admin).json()).isEqualTo(m);
    JsonNode again = problem(server.post(membership + "/void", f.admin, "{\"reason\":\"再次\"}"), 422);
    assertThat(again.get("rule").asText()).isEqualTo("MEMBERSHIP_VOIDED");
    // a voided membership does not hold the school: it may join another zone for the same period
    assertThat(addMember(ZONES + "/" + f.zone2.id(), school, "2025-06-01", null).status()).isEqualTo(201);
    assertThat(itemIds(server.get("/api/v1/schools?zone=" + f.zone1.id(), f.admin))).doesNotContain(id(school));
  }

  @Test
  void membersAreListedAndFilteredBySchool() {
    Reply all = server.get(zone1() + "/members", f.admin);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get("totalCount").asInt()).isGreaterThanOrEqualTo(2);
    Reply b = server.get(zone1() + "/members?schoolId=" + id(f.schoolB), f.admin);
    assertThat(b.json().get("totalCount").asInt()).isEqualTo(1);
    assertThat(b.json().get("items").get(0).get("schoolId").asText()).isEqualTo(id(f.schoolB));
    problem(server.get(ZONES + "/" + f.zone2.id() + "/members", f.zoneCoordinator), 404);
    assertThat(server.get(zone1() + "/members", f.zoneCoordinator).status()).isEqualTo(200);
    for (String role : List.of(f.teacherA, f.schoolAdminA, f.counsellorA)) {
      assertThat(server.get(zone1() + "/members", role).status()).isEqualTo(200);
    }
  }
}
