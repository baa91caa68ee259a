package org.jiaolianti.adapters.rest.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.inmemory.Clocks;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/activities} over HTTP: who may create, read, register and draw (role pairs), the rules as
 * 422 with their clause, the waitlist moving up on a cancellation, idempotent retries, and bad input as a
 * field-named 400 in Chinese and English.
 */
class ActivityResourceTest {

  static final String PATH = "/api/v1/activities";
  static final String D = RestWorld.DISTRICT;

  Clocks.SettableClock clock;
  RestWorld world;
  HttpTestServer server;
  School schoolA;
  School schoolB;
  SchoolClass grade3A;
  SchoolClass grade5A;
  final List<Student> pupilsA = new ArrayList<>();
  Student olderA;
  Student pupilB;
  String admin;
  String schoolAdminA;
  String schoolAdminB;
  String teacherA;
  String guardian;
  String otherGuardian;

  @BeforeEach
  void start() {
    clock = Clocks.fixed(Instant.now());
    world = new RestWorld(clock);
    server = world.server;
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213100", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213100", LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "新店中心小学",
        SchoolType.PRIMARY, "350213100", LocalDate.of(2010, 9, 1)));
    var roster = app.roster();
    grade3A = roster.registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    grade5A = roster.registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 5, 1));
    for (int i = 0; i < 5; i++) {
      pupilsA.add(roster.enrol(new EnrolStudentCommand(D, schoolA.id().value(), grade3A.id().value(), "学生" + i,
          Gender.FEMALE, LocalDate.of(2017, 1, 1 + i), "G35021320170101000" + i)));
    }
    olderA = roster.enrol(new EnrolStudentCommand(D, schoolA.id().value(), grade5A.id().value(), "高年级",
        Gender.MALE, LocalDate.of(2015, 1, 1), "G350213201501010001"));
    pupilB = roster.enrol(new EnrolStudentCommand(D, schoolB.id().value(), null, "乙校学生", Gender.MALE,
        LocalDate.of(2017, 6, 1), "G350213201706010001"));
    var mother = roster.registerGuardian(new RegisterGuardianCommand(D, "林女士", "13800000001"));
    roster.link(new LinkGuardianCommand(D, mother.id().value(), pupilsA.get(0).id().value(), GuardianRelation.MOTHER));
    var father = roster.registerGuardian(new RegisterGuardianCommand(D, "陈先生", "13800000002"));
    roster.link(new LinkGuardianCommand(D, father.id().value(), pupilsA.get(1).id().value(), GuardianRelation.FATHER));

    admin = token(world.user("act.admin", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    schoolAdminA = token(world.user("act.admin.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    schoolAdminB = token(world.user("act.admin.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value()));
    teacherA = token(world.user("act.teacher.a", Role.TEACHER, ScopeType.CLASSES, grade3A.id().value()));
    guardian = token(guardianUser("act.mother", mother.id().value()));
    otherGuardian = token(guardianUser("act.father", father.id().value()));
  }

  @AfterEach
  void stop() {
    world.close();
  }

  private User guardianUser(String username, String guardianId) {
    User u = world.app.users().register(new RegisterUserCommand(D, username, username, guardianId));
    world.grant(u, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    return u;
  }

  private String token(User user) {
    return world.token(user);
  }

  static String body(String kind, String organiserId, int capacity, String mode, Instant opens, Instant closes) {
    return "{\"organiserKind\": \"" + kind + "\", " + (organiserId == null ? "" : "\"organiserId\": \"" + organiserId
        + "\", ") + "\"title\": \"亲子阅读\", \"collaboration\": \"HOME_SCHOOL\", \"eligibleGrades\": [3, 4], "
        + "\"capacity\": " + capacity + ", \"opensAt\": \"" + opens + "\", \"closesAt\": \"" + closes + "\", "
        + "\"term\": \"2025-2026-2\", \"mode\": \"" + mode + "\"}";
  }

  private String create(String token, int capacity, String mode) {
    Instant now = clock.now();
    Reply r = server.post(PATH, token, body("SCHOOL", schoolA.id().value(), capacity, mode,
        now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private Reply register(String token, String activity, Student student) {
    return server.post(PATH + "/" + activity + "/registrations", token,
        "{\"studentId\": \"" + student.id().value() + "\"}");
  }

  private JsonNode registered(String token, String activity, Student student, int status) {
    Reply r = register(token, activity, student);
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }

  private static void assertRule(Reply r, String rule) {
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("rule").asText()).isEqualTo(rule);
    assertThat(r.json().get("clause").asText()).isEqualTo("五(一)2");
  }

  private static List<String> fields(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  // ---- create and read

  @Test
  void theSchoolAdminCreatesAnActivityOthersMayNot() {
    Instant now = clock.now();
    String ofA = body("SCHOOL", schoolA.id().value(), 3, "FIRST_COME", now, now.plusSeconds(3600));
    Reply created = server.post(PATH, schoolAdminA, ofA);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("location")).isEqualTo(server.base() + PATH + "/" + id);
    assertThat(created.header("etag")).isEqualTo("\"0\"");
    assertThat(created.json().get("remaining").asInt()).isEqualTo(3);

    assertThat(server.post(PATH, teacherA, ofA).status()).isEqualTo(403);
    assertThat(server.post(PATH, guardian, ofA).status()).isEqualTo(403);
    assertThat(server.post(PATH, schoolAdminB, ofA).status()).isEqualTo(404);
    assertThat(server.post(PATH, schoolAdminA, body("DISTRICT", null, 3, "FIRST_COME", now, now.plusSeconds(60)))
        .status()).isEqualTo(403);
    assertThat(server.post(PATH, admin, body("DISTRICT", null, 3, "FIRST_COME", now, now.plusSeconds(60))).status())
        .isEqualTo(201);
    assertThat(server.post(PATH, admin, body("ZONE", "no-such-zone", 3, "LOTTERY", now, now.plusSeconds(60)))
        .status()).isEqualTo(404);
  }

  @Test
  void activitiesAreListedByWhatTheCallerMaySeeWithFilters() {
    String ofA = create(schoolAdminA, 3, "FIRST_COME");
    Instant now = clock.now();
    Reply b = server.post(PATH, schoolAdminB, body("SCHOOL", schoolB.id().value(), 3, "LOTTERY", now,
        now.plusSeconds(60)));
    String ofB = b.json().get("id").asText();
    String district = server.post(PATH, admin, body("DISTRICT", null, 3, "LOTTERY", now, now.plusSeconds(60)))
        .json().get("id").asText();

    assertThat(ids(server.get(PATH, admin))).containsExactlyInAnyOrder(ofA, ofB, district);
    assertThat(ids(server.get(PATH, guardian))).containsExactlyInAnyOrder(ofA, district);
    assertThat(ids(server.get(PATH + "?mode=LOTTERY", admin))).containsExactlyInAnyOrder(ofB, district);
    assertThat(ids(server.get(PATH + "?organiserKind=SCHOOL&grade=4", admin))).containsExactlyInAnyOrder(ofA, ofB);
    assertThat(ids(server.get(PATH + "?grade=5", admin))).isEmpty();
    assertThat(server.get(PATH + "/" + ofA, guardian).status()).isEqualTo(200);
    assertThat(server.get(PATH + "/" + ofB, guardian).status()).isEqualTo(404);
    assertThat(server.get(PATH + "/" + district, teacherA).status()).isEqualTo(200);
    assertThat(server.get(PATH + "/no-such-activity", admin).status()).isEqualTo(404);
    assertThat(fields(server.get(PATH + "?grade=abc", admin))).containsExactly("grade");
    assertThat(fields(server.get(PATH + "?mode=RANDOM", admin))).containsExactly("mode");
  }

  private static List<String> ids(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  @Test
  void badInputIsAFieldNamed400InChineseAndEnglish() {
    Instant now = clock.now();
    Reply window = server.post(PATH, schoolAdminA, body("SCHOOL", schoolA.id().value(), 3, "FIRST_COME", now, now));
    assertThat(fields(window)).containsExactly("closesAt");
    String bad = "{\"organiserKind\": \"SCHOOL\", \"organiserId\": \"" + schoolA.id().value() + "\", \"title\": \" \","
        + " \"collaboration\": \"HOME_SCHOOL\", \"eligibleGrades\": [13], \"capacity\": 0, \"opensAt\": \"" + now
        + "\", \"closesAt\": \"" + now.plusSeconds(60) + "\", \"term\": \"2026-spring\", \"mode\": \"FIRST_COME\"}";
    Reply zh = server.post(PATH, schoolAdminA, bad);
    assertThat(fields(zh)).contains("title", "capacity", "term");
    Reply en = server.request("POST", PATH).token(schoolAdminA).header("Accept-Language", "en").json(bad).send();
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.body()).contains("must be a term such as 2025-2026-1");
    assertThat(zh.body()).contains("须为学期");
    assertThat(fields(server.post(PATH, schoolAdminA, "{\"organiserKind\": \"SCHOOL\"}"))).contains("title", "mode");
    assertThat(server.post(PATH, schoolAdminA, "{not json").status()).isEqualTo(400);

    String activity = create(schoolAdminA, 2, "FIRST_COME");
    assertThat(fields(server.post(PATH + "/" + activity + "/registrations", guardian, "{}"))).containsExactly("studentId");
  }

  // ---- registration

  @Test
  void aGuardianRegistersTheirOwnChildOnlyAndStaffTheirSchoolsStudents() {
    String activity = create(schoolAdminA, 10, "FIRST_COME");

    JsonNode own = registered(guardian, activity, pupilsA.get(0), 201);
    assertThat(own.get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(own.get("registeredBy").asText()).isEqualTo("act.mother");
    JsonNode again = registered(guardian, activity, pupilsA.get(0), 200);
    assertThat(again.get("id").asText()).isEqualTo(own.get("id").asText());

    assertThat(register(guardian, activity, pupilsA.get(1)).status()).as("another family's child").isEqualTo(404);
    assertThat(register(otherGuardian, activity, pupilsA.get(1)).status()).isEqualTo(201);
    assertThat(register(teacherA, activity, pupilsA.get(2)).status()).isEqualTo(201);
    assertThat(register(schoolAdminA, activity, pupilsA.get(3)).status()).isEqualTo(201);
    assertThat(register(schoolAdminB, activity, pupilsA.get(4)).status()).as("B's admin cannot see A").isEqualTo(404);
    assertThat(register(admin, activity, pupilsA.get(4)).status()).isEqualTo(201);

    assertThat(server.get(PATH + "/" + activity + "/registrations", schoolAdminA).json().get("totalCount").asInt())
        .isEqualTo(5);
    assertThat(server.get(PATH + "/" + activity + "/registrations", guardian).status()).isEqualTo(403);
    assertThat(server.get(PATH + "/" + activity + "/registrations", teacherA).status()).isEqualTo(403);
    String ownId = own.get("id").asText();
    assertThat(server.get(PATH + "/" + activity + "/registrations/" + ownId, guardian).status()).isEqualTo(200);
    assertThat(server.get(PATH + "/" + activity + "/registrations/" + ownId, otherGuardian).status()).isEqualTo(404);
    assertThat(server.request("POST", PATH + "/" + activity + "/registrations/" + ownId + "/cancel").token(otherGuardian).send()
        .status()).isEqualTo(404);
  }

  @Test
  void theRulesAre422WithTheirClause() {
    String activity = create(schoolAdminA, 10, "FIRST_COME");
    assertRule(register(schoolAdminA, activity, olderA), "ELIGIBLE_GRADE");
    assertRule(register(admin, activity, pupilB), "ELIGIBLE_GRADE"); // in no class: no grade
    assertThat(register(schoolAdminA, activity, pupilB).status()).isEqualTo(404);
  }

  @Test
  void fullPlacesWaitlistAndACancellationPromotesTheFirstWaiting() {
    String activity = create(schoolAdminA, 2, "FIRST_COME");
    List<String> ids = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      JsonNode r = registered(schoolAdminA, activity, pupilsA.get(i), 201);
      ids.add(r.get("id").asText());
      statuses.add(r.get("status").asText());
    }
    assertThat(statuses).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED");
    assertThat(server.get(PATH + "/" + activity, guardian).json().get("remaining").asInt()).isZero();

    Reply cancelled = server.request("POST", PATH + "/" + activity + "/registrations/" + ids.get(0) + "/cancel").token(guardian).send();
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().get("cancelledBy").asText()).isEqualTo("act.mother");

    Reply list = server.get(PATH + "/" + activity + "/registrations?status=CONFIRMED", schoolAdminA);
    List<String> confirmed = new ArrayList<>();
    list.json().get("items").forEach(i -> confirmed.add(i.get("id").asText()));
    assertThat(confirmed).containsExactly(ids.get(1), ids.get(2));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
    String activity = create(schoolAdminA, 2, "FIRST_COME");
    String json = "{\"studentId\": \"" + pupilsA.get(0).id().value() + "\"}";
    Reply first = server.request("POST", PATH + "/" + activity + "/registrations").token(guardian)
        .header("Idempotency-Key", "reg-1").json(json).send();
    Reply retry = server.request("POST", PATH + "/" + activity + "/registrations").token(guardian)
        .header("Idempotency-Key", "reg-1").json(json).send();

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("idempotent-replayed")).isEqualTo("true");
    assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(server.get(PATH + "/" + activity + "/registrations", schoolAdminA).json().get("totalCount").asInt())
        .isEqualTo(1);
    assertThat(server.get(PATH + "/" + activity, schoolAdminA).json().get("confirmed").asInt()).isEqualTo(1);
  }

  @Test
  void registrationClosesWithTheWindow() {
    String activity = create(schoolAdminA, 2, "FIRST_COME");
    clock.set(clock.now().plus(Duration.ofDays(8)));
    assertRule(register(guardian, activity, pupilsA.get(0)), "REGISTRATION_WINDOW");
  }

  @Test
  void aLotteryIsDrawnByItsOrganiserAfterTheWindowWithARecordedSeed() {
    String activity = create(schoolAdminA, 2, "LOTTERY");
    for (int i = 0; i < 4; i++) {
      assertThat(registered(schoolAdminA, activity, pupilsA.get(i), 201).get("status").asText()).isEqualTo("PENDING");
    }
    assertRule(server.post(PATH + "/" + activity + "/draw", schoolAdminA, "{\"seed\": 7}"), "LOTTERY_DRAW");
    clock.set(clock.now().plus(Duration.ofDays(8)));
    assertThat(server.post(PATH + "/" + activity + "/draw", guardian, "{\"seed\": 7}").status()).isEqualTo(403);
    assertThat(server.post(PATH + "/" + activity + "/draw", schoolAdminB, "{\"seed\": 7}").status()).isEqualTo(404);

    Reply drawn = server.post(PATH + "/" + activity + "/draw", schoolAdminA, "{\"seed\": 7}");
    assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
    assertThat(drawn.json().get("draw").get("seed").asLong()).isEqualTo(7);
    assertThat(drawn.json().get("draw").get("entrants").asInt()).isEqualTo(4);
    assertThat(drawn.json().get("confirmed").asInt()).isEqualTo(2);
    List<String> statuses = new ArrayList<>();
    server.get(PATH + "/" + activity + "/registrations", schoolAdminA).json().get("items")
        .forEach(i -> statuses.add(i.get("status").asText()));
    assertThat(statuses).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED");
    assertRule(server.post(PATH + "/" + activity + "/draw", schoolAdminA, "{}"), "LOTTERY_DRAW");
  }
}
