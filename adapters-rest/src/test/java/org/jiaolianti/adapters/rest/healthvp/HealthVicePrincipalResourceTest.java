package org.jiaolianti.adapters.rest.healthvp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Health vice-principals over HTTP (三(二)5) on 2026-03-02: the district appoints and ends, readers list with
 * filters, the report of schools without one, who may do what, bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthVicePrincipalResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/health-vice-principals";

  RestWorld world;
  School schoolA;
  School schoolB;
  School schoolC;
  Partner hospital;
  String bureau;
  String mhOfficer;
  String unitOfficer;
  String leaderA;
  String leaderB;
  String teacher;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = school("3502130001", "翔安区实验小学");
    schoolB = school("3502130002", "翔安区第二小学");
    schoolC = school("3502130003", "翔安区第三小学");
    hospital = app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.DEPARTMENT, "区卫健局",
        "HEALTH_BUREAU", null, null));
    bureau = world.token(world.user("bureau", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    mhOfficer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    unitOfficer = world.token(world.user("health.officer", Role.UNIT_OFFICER, ScopeType.UNIT, "HEALTH_BUREAU"));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    leaderB = world.token(world.user("leader.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value()));
    teacher = world.token(world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value()));
  }

  private School school(String code, String name) {
    return world.app.register().registerSchool(new RegisterSchoolCommand(D, code, name, SchoolType.PRIMARY,
        "350213001", LocalDate.of(2010, 9, 1)));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    return r.json();
  }

  private static List<String> fields(Reply r) {
    List<String> fields = new ArrayList<>();
    problem(r, 400).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private Reply appoint(String token, School s, String name, String from, String to) {
    return world.server.post(PATH, token, "{\"schoolId\":\"" + s.id().value() + "\",\"name\":\"" + name
        + "\",\"institutionId\":\"" + hospital.id().value() + "\",\"professionalTitle\":\"主治医师\",\"from\":\""
        + from + "\"" + (to == null ? "" : ",\"to\":\"" + to + "\"") + "}");
  }

  private List<String> ids(String token, String query) {
    Reply r = world.server.get(PATH + "?limit=500" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private List<String> without(String token, String on) {
    Reply r = world.server.get(PATH + "/schools-without?on=" + on, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("clause").asText()).isEqualTo("三(二)5");
    List<String> ids = new ArrayList<>();
    r.json().get("schools").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  @Test
  void theDistrictAppointsAndEnds_readersListAndSeeTheSchoolsWithout() {
    Reply a = appoint(bureau, schoolA, "林医生", "2025-09-01", null);
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    String idA = a.json().get("id").asText();
    Reply b = appoint(bureau, schoolB, "陈医生", "2025-09-01", "2026-08-31");
    String idB = b.json().get("id").asText();
    assertThat(b.json().get("to").asText()).isEqualTo("2026-08-31");

    assertThat(problem(appoint(bureau, schoolA, "林医生", "2026-01-01", null), 422).toString())
        .contains("HEALTH_VICE_PRINCIPAL_OVERLAP").contains("三(二)5");

    assertThat(ids(mhOfficer, "")).contains(idA, idB);
    assertThat(ids(unitOfficer, "&schoolId=" + schoolB.id().value())).containsExactly(idB);
    assertThat(ids(leaderA, "")).containsExactly(idA);
    problem(world.server.get(PATH + "?schoolId=" + schoolB.id().value(), leaderA), 404);
    assertThat(without(bureau, "2026-03-02")).containsExactly(schoolC.id().value());
    assertThat(without(leaderA, "2026-03-02")).isEmpty();

    Reply ended = world.server.post(PATH + "/" + idB + "/end", bureau, "{\"lastDay\":\"2026-03-01\"}");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().get("to").asText()).isEqualTo("2026-03-01");
    assertThat(ids(bureau, "&activeOn=2026-03-02")).contains(idA).doesNotContain(idB);
    assertThat(ids(bureau, "&activeOn=2026-03-01")).contains(idA, idB);
    assertThat(without(mhOfficer, "2026-03-02")).containsExactly(schoolB.id().value(), schoolC.id().value());
    assertThat(without(mhOfficer, "2025-08-31")).containsExactly(schoolA.id().value(), schoolB.id().value(),
        schoolC.id().value());
  }

  @Test
  void onlyTheDistrictManages_othersAre403Or404() {
    problem(appoint(leaderA, schoolA, "王医生", "2025-09-01", null), 403);
    problem(appoint(mhOfficer, schoolA, "王医生", "2025-09-01", null), 403);
    problem(world.server.get(PATH, teacher), 403);
    problem(world.server.get(PATH + "/schools-without?on=2026-03-02", teacher), 403);
    problem(world.server.post(PATH + "/nosuchappointment/end", bureau, "{\"lastDay\":\"2026-03-01\"}"), 404);
    problem(world.server.post(PATH, bureau, "{\"schoolId\":\"" + schoolC.id().value() + "\",\"name\":\"王医生\","
        + "\"institutionId\":\"nosuchpartner\",\"from\":\"2025-09-01\"}"), 404);
  }

  @Test
  void badInputIsAFieldNamed400InBothLanguages() {
    Reply zh = world.server.request("POST", PATH).token(bureau).header("Accept-Language", "zh-CN")
        .json("{\"schoolId\":\"" + schoolC.id().value() + "\",\"institutionId\":\"" + hospital.id().value()
            + "\",\"from\":\"2025-09-01\"}").send();
    assertThat(fields(zh)).containsExactly("name");
    assertThat(zh.json().get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(bureau).header("Accept-Language", "en")
        .json("{\"schoolId\":\"" + schoolC.id().value() + "\",\"name\":\"" + "长".repeat(51) + "\"}").send();
    assertThat(fields(en)).containsExactlyInAnyOrder("name", "institutionId", "from");
    assertThat(fields(appoint(bureau, schoolC, "王医生", "2025-09-01", "2025-08-01"))).containsExactly("to");
    assertThat(fields(world.server.get(PATH + "/schools-without", bureau))).containsExactly("on");
    assertThat(fields(world.server.get(PATH + "/schools-without?on=2026-13-01", bureau))).containsExactly("on");
    Reply c = appoint(bureau, schoolC, "赵医生", "2025-09-01", null);
    assertThat(fields(world.server.post(PATH + "/" + c.json().get("id").asText() + "/end", bureau,
        "{\"lastDay\":\"2025-08-01\"}"))).containsExactly("lastDay");
    assertThat(fields(world.server.post(PATH + "/" + c.json().get("id").asText() + "/end", bureau, "{}")))
        .containsExactly("lastDay");
  }
}
