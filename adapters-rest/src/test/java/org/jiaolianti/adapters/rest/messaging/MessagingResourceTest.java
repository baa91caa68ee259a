package org.jiaolianti.adapters.rest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
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

/** Conversations, office hours and feedback over HTTP: scope, immutability, anonymity, status flow, bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagingResourceTest {

  private static final String D = RestWorld.DISTRICT;

  RestWorld world;
  School school;
  Student xiaoming;
  Student xiaohong;
  String mingMother;
  String hongMother;
  String teacher1;
  String teacher2;
  String leader;
  String bureau;

  @BeforeAll
  void start() {
    world = new RestWorld();
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    school = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass class1 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 1));
    SchoolClass class2 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 2));
    xiaoming = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), class1.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    xiaohong = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), class2.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    mingMother = guardian(xiaoming, "ming.mother", "林妈妈", "13800000001");
    hongMother = guardian(xiaohong, "hong.mother", "陈妈妈", "13800000002");
    teacher1 = world.token(world.user("teacher.one", Role.TEACHER, ScopeType.CLASSES, class1.id().value()));
    teacher2 = world.token(world.user("teacher.two", Role.TEACHER, ScopeType.CLASSES, class2.id().value()));
    leader = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value()));
    bureau = world.token(world.user("bureau.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
  }

  private String guardian(Student child, String username, String name, String mobile) {
    var g = world.app.roster().registerGuardian(new RegisterGuardianCommand(D, name, mobile));
    world.app.roster().link(new LinkGuardianCommand(D, g.id().value(), child.id().value(), GuardianRelation.MOTHER));
    User u = world.app.users().register(new RegisterUserCommand(D, username, name, g.id().value()));
    world.grant(u, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    return world.token(u);
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private Reply post(String path, String token, String json) {
    return world.server.post(path, token, json);
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

  private String open(String token, Student about) {
    Reply r = post("/api/v1/conversations", token, "{\"studentId\":\"" + about.id().value()
        + "\",\"subject\":\"请假\",\"message\":\"明天请假一天\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.header("location")).endsWith("/api/v1/conversations/" + r.json().get("id").asText());
    return r.json().get("id").asText();
  }

  @Test
  void messagesAreNeverEditedOrDeleted_aCorrectionIsLinkedToTheOriginal() {
    String c = open(mingMother, xiaoming);
    String path = "/api/v1/conversations/" + c + "/messages";
    Reply list = world.server.get(path, teacher1);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    String original = list.json().get("items").get(0).get("id").asText();

    Reply correction = post(path, mingMother, "{\"body\":\"更正：是后天\",\"corrects\":\"" + original + "\"}");
    assertThat(correction.status()).as(correction.body()).isEqualTo(201);
    assertThat(correction.json().get("corrects").asText()).isEqualTo(original);

    JsonNode items = world.server.get(path, teacher1).json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("body").asText()).isEqualTo("明天请假一天");
    assertThat(items.get(0).get("correctedBy").get(0).asText()).isEqualTo(correction.json().get("id").asText());

    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      Reply r = world.server.request(method, path + "/" + original).token(mingMother).json("{\"body\":\"改\"}").send();
      assertThat(r.status()).as(method + " " + r.body()).isEqualTo(405);
      assertThat(world.server.request(method, path).token(mingMother).json("{\"body\":\"改\"}").send().status())
          .isEqualTo(405);
    }
    assertThat(world.server.get(path + "/" + original, mingMother).json().get("body").asText())
        .isEqualTo("明天请假一天");

    // the teacher may not correct the mother's words: 422 naming the rule
    JsonNode p = problem(post(path, teacher1, "{\"body\":\"改\",\"corrects\":\"" + original + "\"}"), 422);
    assertThat(p.toString()).contains("CORRECTION_OWN_MESSAGE");
  }

  @Test
  void aGuardianOfAnotherChildOrATeacherOfAnotherClassGets404() {
    String c = open(mingMother, xiaoming);

    problem(post("/api/v1/conversations", hongMother, "{\"studentId\":\"" + xiaoming.id().value()
        + "\",\"subject\":\"x\",\"message\":\"y\"}"), 404);
    problem(world.server.get("/api/v1/conversations/" + c + "/messages", hongMother), 404);
    problem(post("/api/v1/conversations", teacher2, "{\"studentId\":\"" + xiaoming.id().value()
        + "\",\"subject\":\"x\",\"message\":\"y\"}"), 404);
    problem(post("/api/v1/conversations/" + c + "/messages", teacher2, "{\"body\":\"插话\"}"), 404);
    problem(world.server.get("/api/v1/conversations/" + c, teacher2), 404);
    assertThat(world.server.get("/api/v1/conversations", hongMother).json().get("totalCount").asInt()).isZero();
    problem(world.server.get("/api/v1/conversations", bureau), 403);
  }

  @Test
  void conversationBadInputIsAFieldNamed400InBothLanguages() {
    Reply r = world.server.request("POST", "/api/v1/conversations").token(mingMother).header("Accept-Language", "zh-CN")
        .json("{\"studentId\":\"no way!\",\"subject\":\"\"}").send();
    assertThat(fields(r)).containsExactlyInAnyOrder("studentId", "subject", "message");
    Reply en = world.server.request("POST", "/api/v1/conversations/x/messages").token(mingMother)
        .header("Accept-Language", "en").json("{\"body\":\"hi\",\"corrects\":\"bad id!\"}").send();
    assertThat(fields(en)).containsExactly("corrects");
    assertThat(fields(post("/api/v1/conversations/x/messages", mingMother, "{\"body\":\"hi\",\"edit\":true}")))
        .containsExactly("edit");
  }

  @Test
  void aTeacherSetsOfficeHoursAndTheGuardianOfTheirPupilReadsThem() {
    Reply set = post("/api/v1/office-hours", teacher1,
        "{\"slots\":[{\"day\":\"TUESDAY\",\"from\":\"16:00\",\"to\":\"17:00\",\"place\":\"三楼办公室\"}]}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get(0).get("from").asText()).startsWith("16:00");

    JsonNode seen = world.server.get("/api/v1/office-hours", mingMother).json().get("items");
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).get("slots").get(0).get("place").asText()).isEqualTo("三楼办公室");
    assertThat(world.server.get("/api/v1/office-hours", hongMother).json().get("items")).isEmpty();

    assertThat(fields(post("/api/v1/office-hours", teacher1,
        "{\"slots\":[{\"day\":\"FUNDAY\",\"from\":\"16:00\",\"to\":\"17:00\"}]}"))).isNotEmpty();
    assertThat(fields(post("/api/v1/office-hours", teacher1,
        "{\"slots\":[{\"day\":\"MONDAY\",\"from\":\"17:00\",\"to\":\"16:00\"}]}"))).containsExactly("slots[0].to");
    problem(post("/api/v1/office-hours", mingMother, "{\"slots\":[]}"), 403);
  }

  private String submit(boolean anonymous) {
    Reply r = post("/api/v1/feedback", mingMother, "{\"schoolId\":\"" + school.id().value()
        + "\",\"kind\":\"SUGGESTION\",\"subject\":\"午餐\",\"body\":\"建议少油少盐\",\"anonymous\":" + anonymous + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  @Test
  void anonymousFeedbackHidesItsAuthorFromTheSchoolButNotFromTheDistrict() {
    String id = submit(true);

    JsonNode school = world.server.get("/api/v1/feedback/" + id, leader).json();
    assertThat(school.get("anonymous").asBoolean()).isTrue();
    assertThat(school.path("authorId").isMissingNode() || school.get("authorId").isNull()).as(school.toString())
        .isTrue();
    assertThat(school.path("authorName").isMissingNode() || school.get("authorName").isNull()).isTrue();
    assertThat(school.toString()).doesNotContain("林妈妈");
    assertThat(school.get("clause").asText()).isEqualTo("三(三)3");
    JsonNode district = world.server.get("/api/v1/feedback/" + id, bureau).json();
    assertThat(district.get("authorName").asText()).isEqualTo("林妈妈");
    assertThat(world.server.get("/api/v1/feedback/" + id, mingMother).json().get("authorName").asText())
        .isEqualTo("林妈妈");
    problem(world.server.get("/api/v1/feedback/" + id, teacher1), 403);
  }

  @Test
  void theStatusFlowAndItsInvalidTransitionsAre422() {
    String id = submit(false);

    JsonNode early = problem(post("/api/v1/feedback/" + id + "/close", leader, ""), 422);
    assertThat(early.toString()).contains("FEEDBACK_CLOSE_WHEN_ANSWERED").contains("三(三)3");
    Reply answered = post("/api/v1/feedback/" + id + "/answer", leader, "{\"answer\":\"已与食堂沟通\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("status").asText()).isEqualTo("ANSWERED");
    problem(post("/api/v1/feedback/" + id + "/answer", leader, "{\"answer\":\"再答\"}"), 422);
    Reply closed = post("/api/v1/feedback/" + id + "/close", leader, "");
    assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
    problem(post("/api/v1/feedback/" + id + "/close", leader, ""), 422);
    problem(post("/api/v1/feedback/" + id + "/answer", mingMother, "{\"answer\":\"自答\"}"), 403);
  }

  @Test
  void anItemPastItsDueDateCountsAsOverdueInTheReport() {
    String id = submit(false);
    LocalDate due = LocalDate.parse(world.server.get("/api/v1/feedback/" + id, leader).json().get("dueOn").asText());

    JsonNode onDue = world.server.get("/api/v1/feedback/overdue-report?asOf=" + due, bureau).json();
    JsonNode after = world.server.get("/api/v1/feedback/overdue-report?asOf=" + due.plusDays(1), bureau).json();
    assertThat(after.get("overdueTotal").asLong()).isEqualTo(onDue.get("overdueTotal").asLong() + 1);
    assertThat(after.get("schools").get(0).get("schoolId").asText()).isEqualTo(school.id().value());
    problem(world.server.get("/api/v1/feedback/overdue-report?asOf=tomorrow", bureau), 400);
    problem(world.server.get("/api/v1/feedback/overdue-report", teacher1), 403);
    assertThat(world.server.get("/api/v1/feedback/escalations", leader).status()).isEqualTo(200);
  }

  @Test
  void feedbackBadInputIsAFieldNamed400() {
    assertThat(fields(post("/api/v1/feedback", mingMother, "{\"subject\":\" \",\"body\":\"x\"}")))
        .containsExactlyInAnyOrder("schoolId", "kind", "subject");
    assertThat(fields(post("/api/v1/feedback", mingMother, "{\"schoolId\":\"" + school.id().value()
        + "\",\"kind\":\"COMPLAINT\",\"subject\":\"s\",\"body\":\"b\"}"))).containsExactly("kind");
    assertThat(fields(world.server.get("/api/v1/feedback?status=LOST", leader))).containsExactly("status");
    assertThat(fields(post("/api/v1/feedback/x/answer", leader, "{}"))).containsExactly("answer");
  }
}
