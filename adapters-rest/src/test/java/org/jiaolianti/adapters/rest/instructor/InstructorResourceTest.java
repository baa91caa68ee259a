package org.jiaolianti.adapters.rest.instructor;

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
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Family-education instructors over HTTP: who registers which tier, filters, services, retiring, bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructorResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/instructors";
  /** 2026-03-02 10:00 in Xiang'an. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  RestWorld world;
  School schoolA;
  School schoolB;
  Partner community;
  String district;
  String leaderA;
  String leaderB;
  String partnerStaff;
  String teacher;
  User teacherUser;
  String accounts;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    community = app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.COMMUNITY, "新店社区", null,
        "350213001", null));
    district = world.token(world.user("bureau", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    leaderB = world.token(world.user("leader.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value()));
    partnerStaff = world.token(world.user("community.staff", Role.PARTNER_STAFF, ScopeType.PARTNER,
        community.id().value()));
    teacherUser = world.user("teacher.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    teacher = world.token(teacherUser);
    accounts = world.token(world.user("accounts", Role.USER_ADMIN, ScopeType.DISTRICT, null));
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

  private String register(String token, String json) {
    Reply r = world.server.post(PATH, token, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String id = r.json().get("id").asText();
    assertThat(r.header("location")).endsWith(PATH + "/" + id);
    return id;
  }

  private String schoolTier(String token, School school, String name) {
    return register(token, "{\"name\":\"" + name + "\",\"tier\":\"SCHOOL\",\"schoolId\":\"" + school.id().value()
        + "\",\"specialties\":[\"SCIENTIFIC_PARENTING\",\"FAMILY_VALUES\"]}");
  }

  private List<String> ids(String token, String query) {
    Reply r = world.server.get(PATH + "?limit=500" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private Reply service(String token, String id, String body) {
    return world.server.post(PATH + "/" + id + "/services", token, body);
  }

  private String lecture(School at, LocalDate on, String hours, int audience) {
    return "{\"kind\":\"LECTURE_TOUR\",\"on\":\"" + on + "\",\"hours\":" + hours + ",\"schoolId\":\""
        + at.id().value() + "\",\"audience\":" + audience + ",\"note\":\"家长课堂：科学育儿\"}";
  }

  @Test
  void eachTierIsRegisteredByItsOwners_otherSchoolsAre404_andTheWrongTierIs403() {
    String d = register(district, "{\"name\":\"区级专家\",\"tier\":\"DISTRICT\",\"specialties\":[\"MENTAL_HEALTH\"]}");
    String s = schoolTier(leaderA, schoolA, "骨干教师甲");
    String c = register(partnerStaff, "{\"name\":\"社区律师\",\"tier\":\"COMMUNITY\",\"partnerId\":\""
        + community.id().value() + "\",\"specialties\":[\"LEGAL_SERVICES\"]}");
    register(district, "{\"name\":\"校级由区登记\",\"tier\":\"SCHOOL\",\"schoolId\":\"" + schoolB.id().value()
        + "\",\"specialties\":[\"SPECIAL_EDUCATION\"]}");
    problem(world.server.post(PATH, leaderB, "{\"name\":\"越权\",\"tier\":\"SCHOOL\",\"schoolId\":\""
        + schoolA.id().value() + "\",\"specialties\":[\"MENTAL_HEALTH\"]}"), 404);
    problem(world.server.post(PATH, leaderA, "{\"name\":\"区级\",\"tier\":\"DISTRICT\",\"specialties\":"
        + "[\"MENTAL_HEALTH\"]}"), 403);
    problem(world.server.post(PATH, accounts, "{\"name\":\"家长\",\"tier\":\"DISTRICT\",\"specialties\":"
        + "[\"MENTAL_HEALTH\"]}"), 403);
    problem(world.server.post(PATH, district, "{\"name\":\"无此校\",\"tier\":\"SCHOOL\",\"schoolId\":\"no-such\","
        + "\"specialties\":[\"MENTAL_HEALTH\"]}"), 404);
    // who sees what: the district all; a school its own and the district tier; a partner its own and the district
    assertThat(ids(district, "")).contains(d, s, c);
    assertThat(ids(leaderA, "")).contains(d, s).doesNotContain(c);
    assertThat(ids(leaderB, "")).contains(d).doesNotContain(s, c);
    assertThat(ids(partnerStaff, "")).contains(d, c).doesNotContain(s);
    problem(world.server.get(PATH + "/" + s, leaderB), 404);
    problem(world.server.get(PATH, accounts), 403);
    JsonNode view = world.server.request("GET", PATH + "/" + s).token(leaderA).header("Accept-Language", "en")
        .send().json().get("instructor");
    assertThat(view.get("tier").asText()).isEqualTo("SCHOOL");
    assertThat(view.get("tierLabel").asText()).isEqualTo("school");
    assertThat(view.get("specialties").toString()).contains("SCIENTIFIC_PARENTING", "scientific parenting");
    assertThat(view.get("clause").asText()).isEqualTo("五(一)4");
  }

  @Test
  void filtersByTierSpecialtyAndSchool() {
    String s = schoolTier(district, schoolB, "家风讲师");
    assertThat(ids(district, "&tier=SCHOOL")).contains(s);
    assertThat(ids(district, "&tier=DISTRICT")).doesNotContain(s);
    assertThat(ids(district, "&specialty=FAMILY_VALUES")).contains(s);
    assertThat(ids(district, "&specialty=MEDICAL_HEALTH")).doesNotContain(s);
    assertThat(ids(district, "&schoolId=" + schoolB.id().value())).contains(s);
    assertThat(ids(district, "&schoolId=" + schoolA.id().value())).doesNotContain(s);
    assertThat(fields(world.server.get(PATH + "?tier=CITY", district))).containsExactly("tier");
    assertThat(fields(world.server.get(PATH + "?specialty=COOKING", district))).containsExactly("specialty");
  }

  @Test
  void servicesAreLoggedByManagersAndByTheLinkedInstructor_andTotalledPerSchool() {
    String id = register(leaderA, "{\"name\":\"心理老师\",\"tier\":\"SCHOOL\",\"schoolId\":\"" + schoolA.id().value()
        + "\",\"specialties\":[\"MENTAL_HEALTH\"],\"userId\":\"" + teacherUser.id().value() + "\"}");
    Reply byLeader = service(leaderA, id, lecture(schoolA, TODAY, "1.5", 120));
    assertThat(byLeader.status()).as(byLeader.body()).isEqualTo(201);
    assertThat(byLeader.json().get("kindLabel").asText()).isEqualTo("巡讲培训");
    Reply own = service(teacher, id, "{\"kind\":\"INDIVIDUAL_GUIDANCE\",\"on\":\"" + TODAY.minusDays(3)
        + "\",\"hours\":1,\"partnerId\":\"" + community.id().value() + "\",\"audience\":2}");
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    problem(service(leaderB, id, lecture(schoolB, TODAY, "1", 10)), 404);
    problem(service(partnerStaff, id, lecture(schoolA, TODAY, "1", 10)), 404);
    problem(service(district, id, lecture(schoolA, TODAY.plusDays(1), "1", 10)), 422);
    assertThat(problem(service(district, id, lecture(schoolA, TODAY, "1.3", 10)), 422).toString())
        .contains("SERVICE_HOURS_RANGE", "五(一)4");
    assertThat(problem(service(district, id, lecture(schoolA, TODAY.plusDays(1), "1", 10)), 422).toString())
        .contains("SERVICE_IN_FUTURE");
    JsonNode detail = world.server.get(PATH + "/" + id, teacher).json();
    assertThat(detail.get("services")).hasSize(2);
    assertThat(detail.get("totalHours").decimalValue()).isEqualByComparingTo("2.5");

    Reply totals = world.server.get(PATH + "/service-totals?from=" + TODAY.minusDays(10) + "&to=" + TODAY, leaderA);
    assertThat(totals.status()).as(totals.body()).isEqualTo(200);
    assertThat(totals.body()).contains(schoolA.id().value(), "LECTURE_TOUR").doesNotContain("INDIVIDUAL_GUIDANCE");
    problem(world.server.get(PATH + "/service-totals", accounts), 403);
    problem(world.server.get(PATH + "/service-totals?from=2026-03-05&to=2026-03-01", district), 400);
  }

  @Test
  void retiringKeepsTheInstructor_andARetiredOneLogsNothing() {
    String id = schoolTier(leaderA, schoolA, "退休讲师");
    problem(world.server.post(PATH + "/" + id + "/retire", leaderB, "{\"reason\":\"越权\"}"), 404);
    Reply r = world.server.post(PATH + "/" + id + "/retire", leaderA, "{\"reason\":\"调离本校\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("active").asBoolean()).isFalse();
    assertThat(r.json().get("retireReason").asText()).isEqualTo("调离本校");
    assertThat(problem(world.server.post(PATH + "/" + id + "/retire", leaderA, "{\"reason\":\"再次\"}"), 422)
        .toString()).contains("INSTRUCTOR_RETIRED");
    assertThat(problem(service(leaderA, id, lecture(schoolA, TODAY, "1", 10)), 422).toString())
        .contains("INSTRUCTOR_RETIRED");
    assertThat(ids(leaderA, "")).doesNotContain(id);
    assertThat(ids(leaderA, "&includeRetired=true")).contains(id);
    assertThat(world.server.get(PATH + "/" + id, leaderA).status()).isEqualTo(200);
  }

  @Test
  void badInputIsAFieldNamed400InBothLanguages() {
    Reply zh = world.server.request("POST", PATH).token(district).header("Accept-Language", "zh-CN")
        .json("{\"name\":\"\",\"tier\":\"DISTRICT\",\"specialties\":[\"MENTAL_HEALTH\"]}").send();
    assertThat(fields(zh)).containsExactly("name");
    assertThat(zh.json().get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(district).header("Accept-Language", "en")
        .json("{\"name\":\"x\",\"tier\":\"SCHOOL\",\"specialties\":[\"MENTAL_HEALTH\"]}").send();
    assertThat(fields(en)).containsExactly("schoolId");
    assertThat(en.json().get("errors").get(0).get("message").asText()).contains("school");
    assertThat(fields(world.server.post(PATH, district, "{\"name\":\"x\",\"tier\":\"DISTRICT\",\"schoolId\":\""
        + schoolA.id().value() + "\",\"specialties\":[\"MENTAL_HEALTH\"]}"))).containsExactly("schoolId");
    assertThat(fields(world.server.post(PATH, district, "{\"name\":\"x\",\"tier\":\"COMMUNITY\","
        + "\"specialties\":[\"MENTAL_HEALTH\"]}"))).containsExactly("partnerId");
    assertThat(fields(world.server.post(PATH, district, "{\"name\":\"x\",\"tier\":\"DISTRICT\",\"specialties\":[]}")))
        .containsExactly("specialties");
    assertThat(fields(world.server.post(PATH, district, "{\"name\":\"x\",\"tier\":\"DISTRICT\","
        + "\"specialties\":[\"COOKING\"]}"))).isNotEmpty();
    assertThat(fields(world.server.post(PATH, district, "{\"name\":\"x\",\"tier\":\"CITY\","
        + "\"specialties\":[\"MENTAL_HEALTH\"]}"))).containsExactly("tier");
    assertThat(fields(world.server.post(PATH, district, "{\"name\":\"x\",\"tier\":\"DISTRICT\","
        + "\"specialties\":[\"MENTAL_HEALTH\"],\"userId\":\"no-such-user\"}"))).containsExactly("userId");
    String id = schoolTier(leaderA, schoolA, "输入检查");
    assertThat(fields(service(leaderA, id, "{\"kind\":\"RESEARCH\",\"on\":\"" + TODAY + "\",\"hours\":1,"
        + "\"audience\":0}"))).containsExactly("schoolId");
    assertThat(fields(service(leaderA, id, "{\"kind\":\"RESEARCH\",\"on\":\"" + TODAY + "\",\"hours\":0.4,"
        + "\"schoolId\":\"" + schoolA.id().value() + "\",\"audience\":-1}"))).containsExactlyInAnyOrder("hours",
            "audience");
    assertThat(fields(service(leaderA, id, "{\"kind\":\"PARTY\",\"on\":\"" + TODAY + "\",\"hours\":1,"
        + "\"schoolId\":\"" + schoolA.id().value() + "\",\"audience\":1}"))).containsExactly("kind");
    assertThat(fields(world.server.post(PATH + "/" + id + "/retire", leaderA, "{\"reason\":\"\"}")))
        .containsExactly("reason");
  }
}
