package org.jiaolianti.adapters.rest.counsellor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The counsellor team over HTTP (五(二)3) on 2026-03-02: posts, the one lead per school, training records, the
 * coverage report, who may do what, bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounsellorResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/counsellors";
  private static final String REPORT = "/api/v1/reports/counsellor-coverage";

  RestWorld world;
  School schoolA;
  School schoolB;
  School schoolC;
  User counsellorA;
  User counsellorA2;
  User counsellorB;
  User counsellorC;
  String bureau;
  String mhOfficer;
  String unitOfficer;
  String leaderA;
  String tokenA;
  String tokenB;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    world.app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = school("3502130001", "翔安区实验小学");
    schoolB = school("3502130002", "翔安区第二小学");
    schoolC = school("3502130003", "翔安区第三小学");
    bureau = world.token(world.user("bureau", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    mhOfficer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    unitOfficer = world.token(world.user("health.officer", Role.UNIT_OFFICER, ScopeType.UNIT, "HEALTH_BUREAU"));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    counsellorA = world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    counsellorA2 = world.user("counsellor.a2", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    counsellorB = world.user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, schoolB.id().value());
    counsellorC = world.user("counsellor.c", Role.COUNSELLOR, ScopeType.SCHOOL, schoolC.id().value());
    tokenA = world.token(counsellorA);
    tokenB = world.token(counsellorB);
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

  private Reply register(String token, School s, User counsellor, String kind, boolean lead) {
    return world.server.post(PATH, token, "{\"schoolId\":\"" + s.id().value() + "\",\"counsellorId\":\""
        + counsellor.id().value() + "\",\"kind\":\"" + kind + "\",\"lead\":" + lead + ",\"from\":\"2025-09-01\"}");
  }

  private String created(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private List<String> ids(String path, String token) {
    Reply r = world.server.get(path, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private Reply train(String token, String postId, String hours) {
    return world.server.post(PATH + "/" + postId + "/trainings", token,
        "{\"on\":\"2026-01-10\",\"hours\":" + hours + ",\"topics\":[\"危机干预\",\"沙盘游戏\"]}");
  }

  @Test
  void postsLeadsTrainingsAndTheCoverageReport() {
    String a = created(register(leaderA, schoolA, counsellorA, "FULL_TIME", true));
    String a2 = created(register(mhOfficer, schoolA, counsellorA2, "PART_TIME", false));
    String b = created(register(bureau, schoolB, counsellorB, "PART_TIME", false));

    JsonNode second = problem(world.server.post(PATH + "/" + a2 + "/lead", bureau, "{\"lead\":true}"), 422);
    assertThat(second.toString()).contains("COUNSELLOR_ONE_LEAD_PER_SCHOOL").contains("五(二)3");
    Reply unmarked = world.server.post(PATH + "/" + a + "/lead", leaderA, "{\"lead\":false}");
    assertThat(unmarked.status()).as(unmarked.body()).isEqualTo(200);
    assertThat(unmarked.json().get("lead").asBoolean()).isFalse();
    Reply marked = world.server.post(PATH + "/" + a2 + "/lead", leaderA, "{\"lead\":true}");
    assertThat(marked.json().get("lead").asBoolean()).as(marked.body()).isTrue();

    assertThat(ids(PATH + "?limit=500", mhOfficer)).contains(a, a2, b);
    assertThat(ids(PATH + "?schoolId=" + schoolA.id().value(), bureau)).containsExactlyInAnyOrder(a, a2);
    assertThat(ids(PATH, leaderA)).containsExactlyInAnyOrder(a, a2);
    assertThat(ids(PATH, tokenA)).containsExactly(a);

    Reply t = train(tokenA, a, "1.5");
    assertThat(t.status()).as(t.body()).isEqualTo(201);
    assertThat(t.json().get("hours").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(created(train(mhOfficer, a, "8"))).isNotBlank();
    assertThat(ids(PATH + "/" + a + "/trainings", tokenA)).hasSize(2);
    assertThat(ids(PATH + "/" + a + "/trainings", bureau)).hasSize(2);

    Reply report = world.server.get(REPORT + "?on=2026-03-02", unitOfficer);
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    JsonNode r = report.json();
    assertThat(r.get("schools").asInt()).isEqualTo(3);
    assertThat(r.get("withFullTimeCount").asInt()).isEqualTo(1);
    assertThat(r.get("withPartTimeOnlyCount").asInt()).isEqualTo(1);
    assertThat(r.get("without").get(0).get("name").asText()).isEqualTo("翔安区第三小学");
    assertThat(r.get("share").decimalValue()).isEqualByComparingTo("0.6667");
    assertThat(r.get("target").decimalValue()).isEqualByComparingTo("0.95");
    assertThat(r.get("gap").decimalValue()).isEqualByComparingTo("0.2833");
    assertThat(r.get("met").asBoolean()).isFalse();
    assertThat(r.get("clause").asText()).isEqualTo("五(二)3");
    assertThat(report.body()).doesNotContain(counsellorA.id().value()).doesNotContain("counsellor.a");

    Reply ended = world.server.post(PATH + "/" + b + "/end", bureau, "{\"lastDay\":\"2026-03-01\"}");
    assertThat(ended.json().get("to").asText()).as(ended.body()).isEqualTo("2026-03-01");
    assertThat(world.server.get(REPORT + "?on=2026-03-02", mhOfficer).json().get("withoutCount").asInt())
        .isEqualTo(2);
  }

  /** Posts of school C made here lie in the past, so that the report above does not depend on test order. */
  @Test
  void anotherSchoolOrAnotherCounsellorIs404_othersAre403() {
    String c = created(world.server.post(PATH, bureau, "{\"schoolId\":\"" + schoolC.id().value()
        + "\",\"counsellorId\":\"" + counsellorC.id().value() + "\",\"kind\":\"FULL_TIME\","
        + "\"from\":\"2023-09-01\",\"to\":\"2024-08-31\"}"));
    problem(register(leaderA, schoolC, counsellorC, "PART_TIME", false), 404);
    problem(world.server.post(PATH + "/" + c + "/end", leaderA, "{\"lastDay\":\"2026-03-01\"}"), 404);
    problem(world.server.post(PATH + "/" + c + "/lead", leaderA, "{\"lead\":true}"), 404);
    problem(world.server.get(PATH + "?schoolId=" + schoolC.id().value(), leaderA), 404);
    problem(world.server.get(PATH + "/" + c + "/trainings", tokenB), 404);
    problem(train(tokenB, c, "2"), 404);
    problem(world.server.post(PATH + "/nosuchpost/end", bureau, "{\"lastDay\":\"2026-03-01\"}"), 404);
    problem(register(tokenB, schoolB, counsellorB, "FULL_TIME", false), 403);
    problem(world.server.get(REPORT + "?on=2026-03-02", leaderA), 403);
    problem(world.server.get(REPORT + "?on=2026-03-02", tokenA), 403);
    problem(world.server.get(PATH, unitOfficer), 403);
  }

  @Test
  void badInputIsAFieldNamed400InBothLanguages() {
    Reply zh = world.server.request("POST", PATH).token(bureau).header("Accept-Language", "zh-CN")
        .json("{\"schoolId\":\"" + schoolC.id().value() + "\",\"counsellorId\":\"" + counsellorC.id().value()
            + "\",\"from\":\"2025-09-01\"}").send();
    assertThat(fields(zh)).containsExactly("kind");
    assertThat(zh.json().get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(bureau).header("Accept-Language", "en")
        .json("{\"schoolId\":\"" + schoolC.id().value() + "\"}").send();
    assertThat(fields(en)).containsExactlyInAnyOrder("counsellorId", "kind", "from");
    assertThat(en.json().get("errors").get(0).toString()).doesNotContainPattern("\\p{IsHan}");
    Reply teacherAsCounsellor = world.server.post(PATH, bureau, "{\"schoolId\":\"" + schoolC.id().value()
        + "\",\"counsellorId\":\"" + world.user("teacher.c", Role.SCHOOL_ADMIN, ScopeType.SCHOOL,
            schoolC.id().value()).id().value() + "\",\"kind\":\"FULL_TIME\",\"from\":\"2025-09-01\"}");
    assertThat(fields(teacherAsCounsellor)).containsExactly("counsellorId");
    assertThat(fields(world.server.post(PATH, bureau, "{\"schoolId\":\"" + schoolC.id().value()
        + "\",\"counsellorId\":\"" + counsellorC.id().value() + "\",\"kind\":\"FULL_TIME\",\"from\":\"2025-09-01\","
        + "\"to\":\"2025-08-01\"}"))).containsExactly("to");
    String c = created(world.server.post(PATH, bureau, "{\"schoolId\":\"" + schoolC.id().value()
        + "\",\"counsellorId\":\"" + counsellorC.id().value() + "\",\"kind\":\"PART_TIME\","
        + "\"from\":\"2024-09-01\",\"to\":\"2025-08-31\"}"));
    assertThat(fields(train(bureau, c, "0.25"))).containsExactly("hours");
    assertThat(fields(train(bureau, c, "200.5"))).containsExactly("hours");
    assertThat(fields(train(bureau, c, "1.3"))).containsExactly("hours");
    assertThat(fields(world.server.post(PATH + "/" + c + "/trainings", bureau,
        "{\"on\":\"2026-01-10\",\"hours\":2,\"topics\":[]}"))).containsExactly("topics");
    assertThat(fields(world.server.post(PATH + "/" + c + "/end", bureau, "{\"lastDay\":\"2024-08-01\"}")))
        .containsExactly("lastDay");
    assertThat(fields(world.server.post(PATH + "/" + c + "/lead", bureau, "{}"))).containsExactly("lead");
    assertThat(fields(world.server.get(REPORT, bureau))).containsExactly("on");
    assertThat(fields(world.server.get(REPORT + "?on=2026-13-01", bureau))).containsExactly("on");
  }
}
