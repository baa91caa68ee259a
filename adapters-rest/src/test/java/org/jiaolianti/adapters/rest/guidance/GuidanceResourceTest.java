package org.jiaolianti.adapters.rest.guidance;

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
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
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

/**
 * The guidance column and shared resources over HTTP: drafts, publishing with If-Match, who sees what (a school's
 * item only to its audience), progress and recommendations, counts, sharing between schools, bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidanceResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/guidance";
  private static final String SHARED = "/api/v1/shared-resources";

  RestWorld world;
  School schoolA;
  School schoolB;
  Student childA;
  String parentA;
  String parentB;
  String leaderA;
  String leaderB;
  String district;
  String teacherA;

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
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 5, 1));
    childA = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    Student b = app.roster().enrol(new EnrolStudentCommand(D, schoolB.id().value(), classB.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2015, 5, 6), "G350213201505060022"));
    parentA = world.token(guardian(childA, "lin.father", "林爸爸", "13800000001"));
    parentB = world.token(guardian(b, "chen.mother", "陈妈妈", "13800000002"));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    leaderB = world.token(world.user("leader.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value()));
    district = world.token(world.user("bureau.a", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    teacherA = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
  }

  private User guardian(Student child, String username, String name, String mobile) {
    return world.guardian(child, username, name, mobile, GuardianRelation.FATHER);
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

  private String created(String token, String json) {
    Reply r = world.server.post(PATH, token, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("status").asText()).isEqualTo("DRAFT");
    assertThat(r.header("etag")).isEqualTo("\"0\"");
    String id = r.json().get("id").asText();
    assertThat(r.header("location")).endsWith(PATH + "/" + id);
    return id;
  }

  private Reply action(String token, String id, String action, String etag) {
    var request = world.server.request("POST", PATH + "/" + id + "/" + action).token(token);
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return request.send();
  }

  private String published(String token, String json) {
    String id = created(token, json);
    Reply r = action(token, id, "publish", "\"0\"");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("etag")).isEqualTo("\"1\"");
    return id;
  }

  private List<String> ids(String token, String query) {
    Reply r = world.server.get(PATH + "?limit=500" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private String schoolArticle(School school, String title, String grades) {
    return "{\"schoolId\":\"" + school.id().value() + "\",\"kind\":\"ARTICLE\",\"title\":\"" + title
        + "\",\"body\":\"亲子共读每天二十分钟。\",\"targetGrades\":" + grades + ",\"topics\":[\"SCIENTIFIC_PARENTING\"]}";
  }

  @Test
  void publishingNeedsIfMatch_aGuardianOfAnotherSchoolCannotSeeASchoolItem() {
    String id = created(leaderA, schoolArticle(schoolA, "三年级家长必读", "[3]"));
    assertThat(ids(parentA, "")).doesNotContain(id);
    assertThat(world.server.get(PATH + "/" + id, parentA).status()).isEqualTo(404);
    problem(action(leaderA, id, "publish", null), 428);
    problem(action(leaderA, id, "publish", "\"7\""), 412);
    assertThat(action(leaderA, id, "publish", "\"0\"").status()).isEqualTo(200);
    // its audience: the school's guardians and staff
    assertThat(ids(parentA, "")).contains(id);
    assertThat(ids(teacherA, "")).contains(id);
    Reply read = world.server.get(PATH + "/" + id, parentA);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("etag")).isEqualTo("\"1\"");
    assertThat(read.json().get("item").get("publisher").asText()).isEqualTo("SCHOOL");
    // not another school's guardian or leader: 404 as for an unknown id
    assertThat(ids(parentB, "")).doesNotContain(id);
    problem(world.server.get(PATH + "/" + id, parentB), 404);
    problem(world.server.get(PATH + "/" + id, leaderB), 404);
    problem(action(leaderB, id, "withdraw", "\"1\""), 404);
    // a teacher reads but does not manage
    problem(action(teacherA, id, "withdraw", "\"1\""), 403);
    Reply withdrawn = action(leaderA, id, "withdraw", "\"1\"");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(ids(parentA, "")).doesNotContain(id);
    assertThat(problem(action(leaderA, id, "withdraw", "\"2\""), 422).toString()).contains("GUIDANCE_NOT_PUBLISHED")
        .contains("五(一)2");
  }

  @Test
  void theDistrictsItemsReachEveryGuardian_aSchoolLeaderReadsButDoesNotChangeThem() {
    String id = published(district, "{\"kind\":\"VIDEO\",\"title\":\"青春期心理讲座\",\"speaker\":\"李教授\","
        + "\"videoUrl\":\"https://video.example.cn/lecture/1\",\"topics\":[\"MENTAL_HEALTH\"]}");
    assertThat(ids(parentA, "")).contains(id);
    assertThat(ids(parentB, "&kind=VIDEO&schoolId=DISTRICT")).contains(id);
    assertThat(ids(parentB, "&kind=ARTICLE")).doesNotContain(id);
    assertThat(ids(leaderB, "")).contains(id);
    problem(action(leaderB, id, "withdraw", "\"1\""), 403);
    Reply r = world.server.get(PATH + "/" + id, parentB);
    assertThat(r.json().get("item").get("videoUrl").asText()).isEqualTo("https://video.example.cn/lecture/1");
    assertThat(r.json().get("item").get("speaker").asText()).isEqualTo("李教授");
    // a school leader cannot write for the district, nor for another school (404)
    problem(world.server.post(PATH, leaderA, "{\"kind\":\"ARTICLE\",\"title\":\"区级\",\"body\":\"正文\"}"), 403);
    problem(world.server.post(PATH, leaderA, schoolArticle(schoolB, "他校", "[]")), 404);
  }

  @Test
  void badInputIsA400NamingTheField_inChineseAndEnglish() {
    Reply http = world.server.request("POST", PATH).token(district).header("Accept-Language", "en")
        .json("{\"kind\":\"VIDEO\",\"title\":\"讲座\",\"speaker\":\"王医生\",\"videoUrl\":\"http://video.example.cn/1\"}")
        .send();
    assertThat(fields(http)).containsExactly("videoUrl");
    assertThat(http.json().get("errors").get(0).get("message").asText()).contains("https");
    Reply script = world.server.request("POST", PATH).token(district).header("Accept-Language", "zh-CN")
        .json("{\"kind\":\"VIDEO\",\"title\":\"讲座\",\"speaker\":\"王医生\",\"videoUrl\":\"javascript:alert(1)\"}")
        .send();
    assertThat(fields(script)).containsExactly("videoUrl");
    assertThat(script.json().get("errors").get(0).get("message").asText()).contains("须为 https://");
    assertThat(fields(world.server.post(PATH, district, "{\"kind\":\"PODCAST\",\"title\":\"x\"}"))).contains("kind");
    assertThat(fields(world.server.post(PATH, district, "{\"kind\":\"ARTICLE\",\"body\":\"正文\"}")))
        .containsExactly("title");
    assertThat(fields(world.server.post(PATH, district, "{\"kind\":\"ARTICLE\",\"title\":\"无正文\"}")))
        .containsExactly("body");
    assertThat(fields(world.server.post(PATH, district, "{\"kind\":\"VIDEO\",\"title\":\"无主讲\","
        + "\"videoUrl\":\"https://v.example.cn/1\"}"))).containsExactly("speaker");
    assertThat(fields(world.server.post(PATH, district, "{\"kind\":\"ARTICLE\",\"title\":\"t\",\"body\":\"b\","
        + "\"targetGrades\":[0,13]}"))).hasSize(2).allMatch(f -> f.startsWith("targetGrades"));
    assertThat(fields(world.server.post(PATH, district, "{\"kind\":\"ARTICLE\",\"title\":\"t\",\"body\":\"b\","
        + "\"topics\":[\"ASTROLOGY\"]}"))).anyMatch(f -> f.startsWith("topics"));
    assertThat(fields(world.server.get(PATH + "?kind=PODCAST", district))).containsExactly("kind");
  }

  @Test
  void aCourseIsLearnedLessonByLesson_idempotently_andRecommendedByTheChildsGrade() {
    String course = created(leaderA, "{\"schoolId\":\"" + schoolA.id().value() + "\",\"kind\":\"COURSE\","
        + "\"title\":\"三年级家长课堂\",\"targetGrades\":[3,4]}");
    assertThat(problem(action(leaderA, course, "publish", "\"0\""), 422).toString()).contains("GUIDANCE_COURSE_EMPTY");
    Reply bad = world.server.post(PATH + "/" + course + "/lessons", leaderA,
        "{\"title\":\"第一课\",\"videoUrl\":\"ftp://x.example.cn/1\"}");
    assertThat(fields(bad)).containsExactly("videoUrl");
    List<String> lessons = new ArrayList<>();
    for (String title : List.of("第一课：习惯", "第二课：沟通")) {
      Reply r = world.server.post(PATH + "/" + course + "/lessons", leaderA, "{\"title\":\"" + title
          + "\",\"body\":\"课时正文\"}");
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      lessons.add(r.json().get("id").asText());
    }
    assertThat(world.server.get(PATH + "/" + course + "/lessons", leaderA).json()).hasSize(2);
    assertThat(action(leaderA, course, "publish", "\"0\"").status()).isEqualTo(200);
    assertThat(problem(world.server.post(PATH + "/" + course + "/lessons", leaderA, "{\"title\":\"晚了\","
        + "\"body\":\"x\"}"), 422).toString()).contains("GUIDANCE_NOT_DRAFT");
    String other = published(leaderA, schoolArticle(schoolA, "五年级专用", "[5]"));

    JsonNode recs = world.server.get(PATH + "/recommendations", parentA).json().get("items");
    List<String> recommended = new ArrayList<>();
    recs.forEach(r -> recommended.add(r.get("item").get("id").asText()));
    assertThat(recommended).contains(course).doesNotContain(other);
    JsonNode rec = null;
    for (JsonNode r : recs) {
      if (r.get("item").get("id").asText().equals(course)) {
        rec = r;
      }
    }
    assertThat(rec.get("children").get(0).get("studentId").asText()).isEqualTo(childA.id().value());
    assertThat(rec.get("children").get(0).get("grade").asInt()).isEqualTo(3);
    assertThat(rec.get("progress").get("completed").asBoolean()).isFalse();

    assertThat(problem(world.server.post(PATH + "/" + course + "/progress", parentA, "{}"), 422).toString())
        .contains("GUIDANCE_LESSON_REQUIRED");
    Reply first = world.server.post(PATH + "/" + course + "/progress", parentA, "{\"lessonId\":\"" + lessons.get(0)
        + "\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("recordedNow").asBoolean()).isTrue();
    assertThat(first.json().get("progress").get("share").decimalValue()).isEqualByComparingTo("0.5");
    Reply again = world.server.post(PATH + "/" + course + "/progress", parentA, "{\"lessonId\":\"" + lessons.get(0)
        + "\"}");
    assertThat(again.json().get("recordedNow").asBoolean()).isFalse();
    assertThat(again.json().get("progress").get("completedParts").asInt()).isEqualTo(1);
    world.server.post(PATH + "/" + course + "/progress", parentA, "{\"lessonId\":\"" + lessons.get(1) + "\"}");
    JsonNode own = world.server.get(PATH + "/" + course + "/progress", parentA).json();
    assertThat(own.get("progress").get("completed").asBoolean()).isTrue();
    // completed items come last
    JsonNode after = world.server.get(PATH + "/recommendations", parentA).json().get("items");
    assertThat(after.get(after.size() - 1).get("item").get("id").asText()).isEqualTo(course);

    // counts without names: the school's leader and the district; a guardian may not
    JsonNode stats = world.server.get(PATH + "/" + course + "/statistics", leaderA).json();
    assertThat(stats.get("learners").asInt()).isEqualTo(1);
    assertThat(stats.get("completedLearners").asInt()).isEqualTo(1);
    assertThat(stats.get("completions").asInt()).isEqualTo(2);
    problem(world.server.get(PATH + "/" + course + "/statistics", parentA), 403);
    problem(world.server.get(PATH + "/" + course + "/progress", leaderA), 403);
    problem(world.server.post(PATH + "/" + course + "/progress", parentB, "{}"), 404);
    problem(world.server.get(PATH + "/recommendations", teacherA), 403);

    Reply learning = world.server.get(PATH + "/learning?from=2026-03-01&to=2026-03-02", district);
    assertThat(learning.status()).as(learning.body()).isEqualTo(200);
    assertThat(learning.body()).contains(schoolA.id().value()).doesNotContain(schoolB.id().value());
    assertThat(fields(world.server.get(PATH + "/learning?from=2026-03-02", district))).containsExactly("to");
  }

  @Test
  void schoolsShareResourcesWithTheDistrictsStaff_notWithGuardians() {
    Reply r = world.server.post(SHARED, teacherA, "{\"schoolId\":\"" + schoolA.id().value() + "\",\"kind\":\"TEACHING\","
        + "\"title\":\"防溺水安全课件\",\"link\":\"https://res.example.cn/drowning\","
        + "\"collaborations\":[\"POLICE_SCHOOL\",\"HOME_SCHOOL\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String id = r.json().get("id").asText();
    assertThat(world.server.get(SHARED + "?tag=POLICE_SCHOOL&limit=500", leaderB).body()).contains(id);
    assertThat(world.server.get(SHARED + "?tag=SPORTS_EDUCATION&limit=500", leaderB).body()).doesNotContain(id);
    assertThat(world.server.get(SHARED + "?kind=TEACHING&schoolId=" + schoolA.id().value(), district).body())
        .contains(id);
    problem(world.server.get(SHARED, parentA), 403);
    problem(world.server.get(SHARED + "/" + id, parentA), 403);
    assertThat(fields(world.server.post(SHARED, teacherA, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"kind\":\"TEACHING\",\"title\":\"t\",\"link\":\"javascript:alert(1)\",\"collaborations\":[]}")))
        .containsExactly("collaborations", "link");
    assertThat(fields(world.server.post(SHARED, teacherA, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"kind\":\"LECTURE\",\"title\":\"t\",\"link\":\"https://x.cn\",\"collaborations\":[\"HOME_SCHOOL\"]}")))
        .contains("kind");
    problem(world.server.post(SHARED, leaderA, "{\"schoolId\":\"" + schoolB.id().value() + "\",\"kind\":\"ACTIVITY\","
        + "\"title\":\"t\",\"link\":\"https://x.cn\",\"collaborations\":[\"HOME_SCHOOL\"]}"), 404);
    problem(world.server.request("POST", SHARED + "/" + id + "/withdraw").token(leaderB).header("If-Match", "\"0\"")
        .send(), 404);
    problem(world.server.request("POST", SHARED + "/" + id + "/withdraw").token(leaderA).send(), 428);
    Reply withdrawn = world.server.request("POST", SHARED + "/" + id + "/withdraw").token(leaderA)
        .header("If-Match", "\"0\"").send();
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
    assertThat(world.server.get(SHARED + "?limit=500", leaderB).body()).doesNotContain(id);
    problem(world.server.get(SHARED + "/" + id, leaderB), 404);
  }
}
