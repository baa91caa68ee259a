package org.jiaolianti.adapters.rest.mentalhealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.breakglass.port.in.BreakGlassUseCase.StartCommand;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.RegisterCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.PostKind;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 一生一档 over HTTP, one test per endpoint group: who gets what (caseload counsellor, colleague, another school,
 * the district officer with and without break-glass, teacher, guardian, others), 400/403/404/412/422/428, and no
 * response carrying a text its reader may not see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one file, changed step by step; break-glass last
class MentalHealthFileResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/mental-health-files";
  private static final String WHY = "家访发现父母离异，孩子夜里失眠 𠮷";
  private static final String PLAN = "每周谈心一次，联系社区关爱";

  RestWorld world;
  School schoolA;
  School schoolB;
  SchoolClass classA;
  Student child;
  Student child2;
  Student childB;
  User counsellorUser;
  User colleagueUser;
  String counsellor;
  String colleague;
  String lead;
  String counsellorB;
  String officer;
  User officerUser;
  String teacherA;
  String teacherB;
  String parent;
  String schoolAdmin;
  String auditor;
  String fileId;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    classA = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 3, 1));
    child = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    child2 = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小华",
        Gender.MALE, LocalDate.of(2017, 3, 5), "G350213201703050011"));
    childB = app.roster().enrol(new EnrolStudentCommand(D, schoolB.id().value(), classB.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    counsellorUser = world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    counsellor = world.token(counsellorUser);
    colleagueUser = world.user("counsellor.a2", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    colleague = world.token(colleagueUser);
    User leadUser = world.user("lead.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    lead = world.token(leadUser);
    counsellorB = world.token(world.user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, schoolB.id().value()));
    officerUser = world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null);
    officer = world.token(officerUser);
    teacherA = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
    teacherB = world.token(world.user("teacher.b", Role.TEACHER, ScopeType.CLASSES, classB.id().value()));
    schoolAdmin = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    User admin = world.user("bureau.admin", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    app.counsellors().register(app.access().actor(admin.username()), new RegisterCommand(schoolA.id().value(),
        leadUser.id().value(), PostKind.FULL_TIME, true, LocalDate.of(2025, 9, 1), null));
    User parentUser = world.guardian(child, "lin.father", "林爸爸", "13800000001", GuardianRelation.FATHER);
    parent = world.token(parentUser);
    app.consents().record(app.access().actor(parentUser.username()), new RecordCommand(child.id().value(),
        ConsentPurpose.MENTAL_HEALTH_FILE, null, null, null, null));

    Reply opened = world.server.post(PATH, counsellor, "{\"studentId\":\"" + child.id().value() + "\",\"trigger\":"
        + "\"HOME_VISIT\",\"level\":\"ATTENTION\",\"categories\":[\"FAMILY\"],\"note\":\"" + WHY + "\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.header("location")).contains(PATH + "/");
    assertThat(opened.header("etag")).isEqualTo("\"0\"");
    fileId = opened.json().get("id").asText();
    assertThat(opened.json().get("levels").get(0).get("note").asText()).isEqualTo(WHY);
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    assertThat(r.body()).doesNotContain(WHY).doesNotContain("Exception").doesNotContain("SQL");
    return r.json();
  }

  private Reply send(String method, String path, String token, String ifMatch, String json) {
    var request = world.server.request(method, path).token(token);
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return json == null ? request.send() : request.json(json).send();
  }

  private String etag(String token) {
    return world.server.get(PATH + "/" + fileId, token).header("etag");
  }

  @Test
  @Order(1)
  void openRefusals_400_403_404_422() {
    assertThat(problem(world.server.post(PATH, counsellor, "{\"trigger\":\"SCREENING\",\"level\":\"ATTENTION\","
        + "\"note\":\"x\"}"), 400).get("errors").get(0).get("field").asText()).isEqualTo("studentId");
    JsonNode consent = problem(world.server.post(PATH, counsellor, "{\"studentId\":\"" + child2.id().value()
        + "\",\"trigger\":\"SCREENING\",\"level\":\"ATTENTION\",\"note\":\"普测\"}"), 422);
    assertThat(consent.get("rule").asText()).isEqualTo("CONSENT_MISSING_MENTAL_HEALTH_FILE");
    JsonNode again = problem(world.server.post(PATH, colleague, "{\"studentId\":\"" + child.id().value()
        + "\",\"trigger\":\"SCREENING\",\"level\":\"ATTENTION\",\"note\":\"普测\"}"), 422);
    assertThat(again.get("rule").asText()).isEqualTo("FILE_ONE_PER_STUDENT");
    assertThat(again.get("clause").asText()).isEqualTo("五(二)2");
    assertThat(again.get("reason").asText()).isEqualTo(again.get("detail").asText()).contains("一生一档");
    problem(world.server.post(PATH, counsellorB, "{\"studentId\":\"" + child.id().value()
        + "\",\"trigger\":\"SCREENING\",\"level\":\"ATTENTION\",\"note\":\"普测\"}"), 404);
    problem(world.server.post(PATH, teacherA, "{\"studentId\":\"" + child.id().value()
        + "\",\"trigger\":\"SCREENING\",\"level\":\"ATTENTION\",\"note\":\"普测\"}"), 403);
  }

  @Test
  @Order(2)
  void getAndList_whoSeesWhat_noLeakedNotes() {
    Reply own = world.server.get(PATH + "/" + fileId, counsellor);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.header("etag")).isNotBlank();
    assertThat(own.json().get("reading").asText()).isEqualTo("CASELOAD");
    assertThat(own.body()).contains(WHY);

    Reply peer = world.server.get(PATH + "/" + fileId, colleague);
    assertThat(peer.status()).isEqualTo(200);
    assertThat(peer.json().get("level").asText()).isEqualTo("ATTENTION");
    assertThat(peer.body()).doesNotContain(WHY).doesNotContain("\"note\"").doesNotContain("\"plan\"");

    Reply district = world.server.get(PATH + "/" + fileId, officer);
    assertThat(district.status()).isEqualTo(200);
    assertThat(district.json().get("reading").asText()).isEqualTo("DISTRICT_OFFICER");
    assertThat(district.body()).doesNotContain(WHY).doesNotContain("\"note\"");
    Reply levels = world.server.get(PATH + "/" + fileId + "/levels", officer);
    assertThat(levels.json().get("items").get(0).get("to").asText()).isEqualTo("ATTENTION");
    assertThat(levels.body()).doesNotContain("\"note\"");

    problem(world.server.get(PATH + "/" + fileId, counsellorB), 404);
    problem(world.server.get(PATH + "/" + fileId, teacherA), 403);
    // a role that never reads files gets 403 whatever the id, so it cannot probe which files exist
    problem(world.server.get(PATH + "/" + fileId, teacherB), 403);
    problem(world.server.get(PATH + "/no-such-file", teacherA), 403);
    problem(world.server.get(PATH + "/" + fileId, parent), 403);
    problem(world.server.get(PATH + "/" + fileId, schoolAdmin), 403);
    problem(world.server.get(PATH + "/" + fileId, auditor), 403);
    problem(world.server.get(PATH + "/no-such-file", counsellor), 404);

    Reply list = world.server.get(PATH + "?level=ATTENTION", officer);
    assertThat(list.json().get("totalCount").asInt()).isEqualTo(1);
    assertThat(list.body()).doesNotContain(WHY).doesNotContain("\"note\"");
    assertThat(world.server.get(PATH + "?schoolId=" + schoolA.id().value(), colleague).json().get("totalCount")
        .asInt()).isEqualTo(1);
    assertThat(world.server.get(PATH + "?counsellorId=" + colleagueUser.id().value(), officer).json()
        .get("totalCount").asInt()).isZero();
    assertThat(world.server.get(PATH, counsellorB).json().get("totalCount").asInt()).isZero();
    problem(world.server.get(PATH + "?schoolId=" + schoolA.id().value(), counsellorB), 404);
    problem(world.server.get(PATH, teacherA), 403);
    problem(world.server.get(PATH + "?limit=501", counsellor), 400);
  }

  @Test
  @Order(6)
  void theOfficerReadsNotesOnlyWithBreakGlass_andTheAuditSaysSo() {
    world.app.breakGlass().start(world.app.access().actor(officerUser.username()),
        new StartCommand(child.id().value(), "危机评估：需要立即查阅谈话记录"));
    Reply r = world.server.get(PATH + "/" + fileId, officer);
    assertThat(r.json().get("reading").asText()).isEqualTo("BREAK_GLASS");
    assertThat(r.body()).contains(WHY);
    Reply events = world.server.get("/api/v1/audit-events?limit=500", auditor);
    assertThat(events.body()).contains("BREAK_GLASS:FILE_READ").doesNotContain(WHY);
  }

  @Test
  @Order(4)
  void changes_needIfMatch_andTheFilesCounsellor() {
    String path = PATH + "/" + fileId;
    problem(send("PUT", path + "/categories", counsellor, null, "{\"categories\":[\"EMOTION\"]}"), 428);
    problem(send("PUT", path + "/categories", counsellor, "\"999\"", "{\"categories\":[\"EMOTION\"]}"), 412);
    problem(send("PUT", path + "/categories", colleague, etag(counsellor), "{\"categories\":[\"EMOTION\"]}"), 403);
    problem(send("PUT", path + "/categories", officer, etag(counsellor), "{\"categories\":[\"EMOTION\"]}"), 403);
    problem(send("PUT", path + "/categories", counsellorB, "*", "{\"categories\":[\"EMOTION\"]}"), 404);
    assertThat(problem(send("PUT", path + "/categories", counsellor, "*", "{\"categories\":[\"SLEEP\"]}"), 422)
        .get("rule").asText()).isEqualTo("CATEGORY_UNKNOWN");
    Reply cats = send("PUT", path + "/categories", counsellor, etag(counsellor),
        "{\"categories\":[\"EMOTION\",\"FAMILY\"]}");
    assertThat(cats.status()).as(cats.body()).isEqualTo(200);

    assertThat(problem(send("POST", path + "/levels", counsellor, "*", "{\"level\":\"PURPLE\",\"note\":\"x\"}"), 422)
        .get("rule").asText()).isEqualTo("LEVEL_UNKNOWN");
    problem(send("POST", path + "/levels", counsellor, "*", "{\"level\":\"CRISIS\"}"), 400);
    problem(send("POST", path + "/levels", counsellor, null, "{\"level\":\"CRISIS\",\"note\":\"x\"}"), 428);
    Reply level = send("POST", path + "/levels", counsellor, etag(counsellor),
        "{\"level\":\"KEY_ATTENTION\",\"note\":\"连续两周情绪低落\"}");
    assertThat(level.status()).as(level.body()).isEqualTo(201);
    assertThat(level.json().get("level").asText()).isEqualTo("KEY_ATTENTION");

    problem(send("PUT", path + "/marks/ORPHAN", counsellor, "*", "{\"plan\":\"x\"}"), 400);
    Reply mark = send("PUT", path + "/marks/LEFT_BEHIND", counsellor, etag(counsellor), "{\"plan\":\"" + PLAN + "\"}");
    assertThat(mark.status()).as(mark.body()).isEqualTo(200);
    assertThat(mark.json().get("marks").get(0).get("plan").asText()).isEqualTo(PLAN);
    Reply seenByPeer = world.server.get(path, colleague);
    assertThat(seenByPeer.json().get("marks").get(0).get("mark").asText()).isEqualTo("LEFT_BEHIND");
    assertThat(seenByPeer.body()).doesNotContain(PLAN).doesNotContain("\"plan\"");
    assertThat(problem(send("DELETE", path + "/marks/MIGRANT", counsellor, "*", null), 422).get("rule").asText())
        .isEqualTo("CARE_MARK_NOT_SET");
    Reply unmark = send("DELETE", path + "/marks/LEFT_BEHIND", counsellor, etag(counsellor), null);
    assertThat(unmark.status()).as(unmark.body()).isEqualTo(200);
    assertThat(unmark.json().get("marks")).isEmpty();

    problem(send("PUT", path + "/counsellor", colleague, "*", "{\"counsellorId\":\"" + colleagueUser.id().value()
        + "\"}"), 403);
    assertThat(problem(send("PUT", path + "/counsellor", lead, "*", "{\"counsellorId\":\"nobody\"}"), 400)
        .get("errors").get(0).get("field").asText()).isEqualTo("counsellorId");
    Reply assigned = send("PUT", path + "/counsellor", lead, etag(lead), "{\"counsellorId\":\""
        + counsellorUser.id().value() + "\"}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().get("counsellorId").asText()).isEqualTo(counsellorUser.id().value());
  }

  @Test
  @Order(5)
  void observationsInterventionsFollowUpsAndTheOverdueList() {
    String path = PATH + "/" + fileId;
    Reply obs = world.server.post(path + "/observations", counsellor, "{\"on\":\"2026-02-20\",\"note\":\""
        + "课堂上多次走神\",\"followUpOn\":\"2026-02-25\"}");
    assertThat(obs.status()).as(obs.body()).isEqualTo(201);
    assertThat(obs.json().get("overdue").asBoolean()).isTrue();
    String obsId = obs.json().get("id").asText();
    problem(world.server.post(path + "/observations", counsellor, "{\"on\":\"2026-02-20\"}"), 400);
    assertThat(problem(world.server.post(path + "/observations", counsellor, "{\"on\":\"2026-03-09\",\"note\":"
        + "\"未来\"}"), 422).get("rule").asText()).isEqualTo("CARE_DATE_FUTURE");
    problem(world.server.post(path + "/observations", colleague, "{\"on\":\"2026-02-20\",\"note\":\"x\"}"), 403);
    problem(world.server.post(path + "/interventions", counsellor, "{\"kind\":\"OBSERVATION\",\"on\":\"2026-02-20\","
        + "\"note\":\"x\"}"), 400);
    assertThat(problem(world.server.post(path + "/interventions", counsellor, "{\"kind\":\"TALK\",\"on\":"
        + "\"2026-02-20\",\"note\":\"x\"}"), 422).get("rule").asText()).isEqualTo("INTERVENTION_PLAN_REQUIRED");
    Reply talk = world.server.post(path + "/interventions", counsellor, "{\"kind\":\"TALK\",\"on\":\"2026-03-01\","
        + "\"note\":\"谈心谈话\",\"plan\":\"" + PLAN + "\"}");
    assertThat(talk.status()).as(talk.body()).isEqualTo(201);

    assertThat(world.server.get(path + "/observations", counsellor).body()).contains("课堂上多次走神");
    Reply peer = world.server.get(path + "/interventions", colleague);
    assertThat(peer.json().get("totalCount").asInt()).isEqualTo(1);
    assertThat(peer.body()).doesNotContain(PLAN).doesNotContain("\"note\"").doesNotContain("\"plan\"");
    problem(world.server.get(path + "/observations", teacherA), 403);

    Reply overdueLead = world.server.get(PATH + "/overdue-follow-ups", lead);
    assertThat(overdueLead.status()).isEqualTo(200);
    assertThat(overdueLead.json().get("items").get(0).get("recordId").asText()).isEqualTo(obsId);
    assertThat(overdueLead.json().get("items").get(0).get("dueOn").asText()).isEqualTo("2026-02-25");
    assertThat(overdueLead.body()).doesNotContain("走神").doesNotContain("\"note\"");
    assertThat(world.server.get(PATH + "/overdue-follow-ups", officer).json().get("totalCount").asInt())
        .isEqualTo(1);
    assertThat(world.server.get(PATH + "/overdue-follow-ups", colleague).json().get("totalCount").asInt()).isZero();
    problem(world.server.get(PATH + "/overdue-follow-ups", teacherA), 403);
    problem(world.server.get(PATH + "/overdue-follow-ups?schoolId=" + schoolB.id().value(), lead), 404);

    problem(world.server.post(path + "/interventions/" + obsId + "/follow-up", counsellor, "{}"), 404);
    Reply done = world.server.post(path + "/observations/" + obsId + "/follow-up", counsellor, "{}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("followedUpBy").asText()).isEqualTo(counsellorUser.id().value());
    assertThat(problem(world.server.post(path + "/observations/" + obsId + "/follow-up", counsellor, "{}"), 422)
        .get("rule").asText()).isEqualTo("FOLLOW_UP_ALREADY_DONE");
  }

  @Test
  @Order(3)
  void aTeacherSeesOnlyTheFlag_aGuardianOnlyTheSummary() {
    Reply flags = world.server.get(PATH + "/attention", teacherA);
    assertThat(flags.status()).as(flags.body()).isEqualTo(200);
    JsonNode flag = flags.json().get("items").get(0);
    assertThat(flag.get("studentId").asText()).isEqualTo(child.id().value());
    assertThat(flag.get("studentName").asText()).isEqualTo(child.maskedName());
    assertThat(flag.get("needsAttention").asBoolean()).isTrue();
    assertThat(flag.size()).isEqualTo(3);
    assertThat(flags.body()).doesNotContain("ATTENTION\"").doesNotContain("FAMILY").doesNotContain("level");
    assertThat(world.server.get(PATH + "/attention?classId=" + classA.id().value(), teacherA).json()
        .get("totalCount").asInt()).isEqualTo(1);
    assertThat(world.server.get(PATH + "/attention", teacherB).json().get("totalCount").asInt()).isZero();
    problem(world.server.get(PATH + "/attention?classId=" + classA.id().value(), teacherB), 404);
    problem(world.server.get(PATH + "/attention", counsellor), 403);

    Reply summary = world.server.get(PATH + "/summary?studentId=" + child.id().value(), parent);
    assertThat(summary.status()).as(summary.body()).isEqualTo(200);
    assertThat(summary.json().get("fileExists").asBoolean()).isTrue();
    assertThat(summary.json().get("levelLabel").asText()).isNotBlank();
    assertThat(summary.json().get("counsellorName").asText()).isEqualTo("counsellor.a");
    assertThat(summary.body()).doesNotContain(WHY).doesNotContain("FAMILY").doesNotContain("\"level\"");
    problem(world.server.get(PATH + "/summary?studentId=" + childB.id().value(), parent), 404);
    problem(world.server.get(PATH + "/summary", parent), 400);
    problem(world.server.get(PATH + "/summary?studentId=" + child.id().value(), teacherA), 403);
  }
}
