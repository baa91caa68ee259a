package org.jiaolianti.adapters.rest.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Screenings over HTTP (心理普测, 五(二)2) on 2026-03-02: who creates and reads campaigns, the counsellor imports
 * (all or nothing, every failing row named, a consent for exactly the mental-health file), per-student results
 * only for the school's counsellors, the students due, and the audit events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/screenings";

  RestWorld world;
  School schoolA;
  School schoolB;
  Student consenting;
  Student consenting2;
  Student generalOnly;
  Student childB;
  String counsellorA;
  String counsellorB;
  String schoolAdminA;
  String mhOfficer;
  String auditor;
  String teacher;
  int terms;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass classA = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 3, 1));
    consenting = enrol(classA, schoolA, "林小明", "G350213201703040011");
    consenting2 = enrol(classA, schoolA, "林小华", "G350213201703040012");
    generalOnly = enrol(classA, schoolA, "王小芳", "G350213201703040013");
    childB = enrol(classB, schoolB, "陈小红", "G350213201703040014");
    consent(consenting, "lin.fu", "13800000001", ConsentPurpose.MENTAL_HEALTH_FILE);
    consent(consenting2, "lin.mu", "13800000002", ConsentPurpose.MENTAL_HEALTH_FILE);
    consent(generalOnly, "wang.mu", "13800000003", ConsentPurpose.GENERAL_PROCESSING);
    counsellorA = world.token(world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value()));
    counsellorB = world.token(world.user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, schoolB.id().value()));
    schoolAdminA = world.token(world.user("admin.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    mhOfficer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
  }

  private Student enrol(SchoolClass c, School school, String name, String number) {
    return world.app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), c.id().value(), name,
        Gender.MALE, LocalDate.of(2017, 3, 4), number));
  }

  private void consent(Student child, String username, String mobile, ConsentPurpose purpose) {
    User g = world.guardian(child, username, "家长" + username, mobile, GuardianRelation.FATHER);
    world.app.consents().record(world.app.access().actor(g.username()), new RecordCommand(child.id().value(),
        purpose, null, null, null, null));
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

  /** A new campaign of school A (a new term each time, so that tests do not collide). */
  private String campaign(String token) {
    terms++;
    Reply r = world.server.post(PATH, token, "{\"schoolId\":\"" + schoolA.id().value() + "\",\"term\":\""
        + (2000 + terms) + "-" + (2001 + terms) + "-2\",\"scale\":\"PHQ9\",\"opensOn\":\"2026-03-01\","
        + "\"closesOn\":\"2026-03-20\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private static String row(Student s, String score, String on) {
    return "{\"studentId\":\"" + s.id().value() + "\",\"score\":" + score + ",\"takenOn\":\"" + on + "\"}";
  }

  private Reply importRows(String token, String id, String... rows) {
    return world.server.post(PATH + "/" + id + "/results", token, "{\"results\":[" + String.join(",", rows) + "]}");
  }

  @Test
  void createAndRead_campaignsWithCountsOnlyForAdminsAndTheOfficer() {
    Reply created = world.server.post(PATH, counsellorA, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"term\":\"2025-2026-2\",\"scale\":\"PHQ9\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-03-20\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("location")).endsWith(PATH + "/" + id);
    assertThat(created.header("etag")).isNotBlank();
    // the school's leaders have no screening action: the "nobody else"
    problem(world.server.post(PATH, schoolAdminA, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"term\":\"2025-2026-1\",\"scale\":\"PHQ9\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-03-20\"}"), 403);
    assertThat(problem(world.server.post(PATH, mhOfficer, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"term\":\"2025-2026-2\",\"scale\":\"PHQ9\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-03-20\"}"),
        422).get("rule").asText()).isEqualTo("SCREENING_CAMPAIGN_EXISTS");

    Reply imported = importRows(counsellorA, id, row(consenting, "12", "2026-03-01"),
        row(consenting2, "3", "2026-03-02"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("imported").asInt()).isEqualTo(2);

    problem(world.server.get(PATH + "/" + id, schoolAdminA), 403);
    for (String reader : List.of(counsellorA, mhOfficer)) {
      Reply one = world.server.get(PATH + "/" + id, reader);
      assertThat(one.status()).as(one.body()).isEqualTo(200);
      assertThat(one.header("etag")).isNotBlank();
      JsonNode counts = one.json().get("counts");
      assertThat(counts.get("screened").asInt()).isEqualTo(2);
      assertThat(counts.get("bySuggestedLevel").get("KEY_ATTENTION").asInt()).isEqualTo(1);
      assertThat(counts.get("bySuggestedLevel").get("ROUTINE").asInt()).isEqualTo(1);
      assertThat(one.body()).doesNotContain(consenting.id().value()).doesNotContain("\"score\"");
      Reply listed = world.server.get(PATH + "?schoolId=" + schoolA.id().value() + "&term=2025-2026-2", reader);
      assertThat(listed.status()).as(listed.body()).isEqualTo(200);
      assertThat(listed.json().get("totalCount").asInt()).isEqualTo(1);
    }
    // per-student results: the school's counsellors only
    Reply results = world.server.get(PATH + "/" + id + "/results", counsellorA);
    assertThat(results.status()).as(results.body()).isEqualTo(200);
    assertThat(results.json().get("totalCount").asInt()).isEqualTo(2);
    assertThat(results.body()).contains(consenting.id().value()).contains("\"suggestedLevel\":\"KEY_ATTENTION\"");
    problem(world.server.get(PATH + "/" + id + "/results", schoolAdminA), 403);
    problem(world.server.get(PATH + "/" + id + "/results", mhOfficer), 403);
    problem(world.server.get(PATH + "/" + id + "/results", counsellorB), 404);
    problem(importRows(schoolAdminA, id, row(consenting, "1", "2026-03-01")), 403);
    problem(importRows(mhOfficer, id, row(consenting, "1", "2026-03-01")), 403);

    problem(world.server.get(PATH + "/" + id, counsellorB), 404);
    problem(world.server.get(PATH + "/" + id, teacher), 403);
    problem(world.server.get(PATH + "/" + id, auditor), 403);
    problem(world.server.get(PATH + "/nosuchcampaign", mhOfficer), 404);
    problem(world.server.get(PATH + "?schoolId=" + schoolA.id().value(), counsellorB), 404);
    problem(world.server.get(PATH, teacher), 403);
    assertThat(world.server.get(PATH, counsellorB).json().get("totalCount").asInt()).isZero();

    Reply trail = world.server.get("/api/v1/audit-events?limit=500", auditor);
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    assertThat(trail.body()).contains("SCREENING_CAMPAIGN").contains("SCREENING_IMPORT:2")
        .contains("SCREENING_RESULTS").contains("DENIED");
  }

  @Test
  void anImportIsAllOrNothing_400NamesEveryFailingRow() {
    String id = campaign(mhOfficer);
    Reply r = world.server.request("POST", PATH + "/" + id + "/results").token(counsellorA)
        .header("Accept-Language", "en").json("{\"results\":[" + String.join(",", row(consenting, "12", "2026-03-01"),
            row(generalOnly, "3", "2026-03-01"), row(childB, "3", "2026-03-01"), row(consenting2, "30", "2026-03-01"),
            row(consenting, "1", "2026-02-01")) + "]}").send();
    JsonNode p = problem(r, 400);
    List<String> fields = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    p.get("errors").forEach(e -> {
      fields.add(e.get("field").asText());
      codes.add(e.get("code").asText());
    });
    assertThat(fields).containsExactly("results[1].studentId", "results[2].studentId", "results[3].score",
        "results[4].studentId");
    assertThat(codes).containsExactly("CONSENT_MISSING_MENTAL_HEALTH_FILE", "STUDENT_NOT_OF_SCHOOL",
        "SCREENING_SCORE_OUT_OF_RANGE", "Duplicate");
    assertThat(p.get("errors").get(0).get("message").asText()).contains("consent").contains("五(二)2");
    assertThat(world.server.get(PATH + "/" + id, counsellorA).json().get("counts").get("screened").asInt()).isZero();

    JsonNode shape = problem(importRows(counsellorA, id, "{\"studentId\":\"" + consenting.id().value()
        + "\",\"takenOn\":\"2026-03-01\"}", "{\"studentId\":\"x\",\"score\":\"abc\",\"takenOn\":\"2026-03-01\"}"),
        400);
    assertThat(shape.get("errors").get(0).get("field").asText()).isEqualTo("results[1].score");
    JsonNode missing = problem(importRows(counsellorA, id, "{\"studentId\":\"" + consenting.id().value()
        + "\",\"takenOn\":\"2026-03-01\"}"), 400);
    assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("results[0].score");
    assertThat(missing.get("errors").get(0).get("message").asText()).containsPattern("\\p{IsHan}");
    problem(world.server.post(PATH + "/" + id + "/results", counsellorA, "{\"results\":[]}"), 400);

    // a re-import replaces: idempotent
    assertThat(importRows(counsellorA, id, row(consenting, "12", "2026-03-01")).json().get("replaced").asInt())
        .isZero();
    Reply again = importRows(counsellorA, id, row(consenting, "21", "2026-03-02"));
    assertThat(again.json().get("replaced").asInt()).isEqualTo(1);
    assertThat(again.json().get("counts").get("screened").asInt()).isEqualTo(1);
    assertThat(again.json().get("counts").get("bySuggestedLevel").get("CRISIS").asInt()).isEqualTo(1);
  }

  @Test
  void badCampaignsAre400_422_403_404() {
    JsonNode p = problem(world.server.post(PATH, counsellorA, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"term\":\"2025\",\"scale\":\"\",\"opensOn\":\"2026-03-05\"}"), 400);
    List<String> fields = new ArrayList<>();
    p.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("term", "scale", "closesOn");
    assertThat(problem(world.server.post(PATH, mhOfficer, "{\"schoolId\":\"" + schoolB.id().value()
        + "\",\"term\":\"2025-2026-2\",\"scale\":\"SCL90\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-03-20\"}"),
        422).get("clause").asText()).isEqualTo("五(二)2");
    String body = "{\"schoolId\":\"" + schoolB.id().value()
        + "\",\"term\":\"2024-2025-2\",\"scale\":\"PHQ9\",\"opensOn\":\"2026-03-01\",\"closesOn\":\"2026-03-20\"}";
    problem(world.server.post(PATH, counsellorA, body), 404);
    problem(world.server.post(PATH, teacher, body.replace(schoolB.id().value(), schoolA.id().value())), 403);
    assertThat(world.server.post(PATH, mhOfficer, body).status()).isEqualTo(201);
  }

  @Test
  void theStudentsDue_maskedNames() {
    String id = campaign(counsellorA);
    assertThat(importRows(counsellorA, id, row(consenting2, "2", "2026-03-01")).status()).isEqualTo(200);
    problem(world.server.get(PATH + "/due?schoolId=" + schoolA.id().value(), schoolAdminA), 403);
    for (String reader : List.of(counsellorA, mhOfficer)) {
      Reply due = world.server.get(PATH + "/due?schoolId=" + schoolA.id().value() + "&on=2026-03-02", reader);
      assertThat(due.status()).as(due.body()).isEqualTo(200);
      assertThat(due.body()).doesNotContain(consenting2.id().value()).contains(generalOnly.id().value())
          .doesNotContain("王小芳").contains("*");
    }
    Reply later = world.server.get(PATH + "/due?schoolId=" + schoolA.id().value() + "&on=2027-03-05", counsellorA);
    assertThat(later.json().get("totalCount").asInt()).isEqualTo(3);
    assertThat(later.body()).contains(consenting2.id().value()).contains("\"lastScreenedOn\":\"2026-03-0");
    problem(world.server.get(PATH + "/due", counsellorA), 400);
    problem(world.server.get(PATH + "/due?schoolId=" + schoolA.id().value() + "&on=tomorrow", counsellorA), 400);
    problem(world.server.get(PATH + "/due?schoolId=" + schoolA.id().value(), counsellorB), 404);
    problem(world.server.get(PATH + "/due?schoolId=" + schoolA.id().value(), teacher), 403);
    problem(world.server.get(PATH + "/due?schoolId=" + schoolA.id().value(), auditor), 403);
  }
}
