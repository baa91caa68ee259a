package org.jiaolianti.adapters.rest.openday;

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

/** Open days and reception days over HTTP: scheduling, booking, full slots, cut-offs, who sees what, bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDayResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/open-days";
  /** 2026-03-02 10:00 in Xiang'an. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  RestWorld world;
  School schoolA;
  School schoolB;
  Student childA;
  Student childA2;
  Student childA3;
  Student childB;
  String parentA;
  String parentA2;
  String parentA3;
  String parentB;
  String leaderA;
  String leaderB;
  String teacherA;
  String district;

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
    childA = enrol(schoolA, classA, "林小明", "G350213201703040011");
    childA2 = enrol(schoolA, classA, "王小刚", "G350213201703040012");
    childA3 = enrol(schoolA, classA, "张小花", "G350213201703040013");
    childB = enrol(schoolB, classB, "陈小红", "G350213201703040014");
    parentA = world.token(guardian(childA, "lin.father", "林爸爸", "13800000001"));
    parentA2 = world.token(guardian(childA2, "wang.mother", "王妈妈", "13800000002"));
    parentA3 = world.token(guardian(childA3, "zhang.mother", "张妈妈", "13800000003"));
    parentB = world.token(guardian(childB, "chen.mother", "陈妈妈", "13800000004"));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    leaderB = world.token(world.user("leader.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value()));
    teacherA = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
    district = world.token(world.user("bureau", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
  }

  private Student enrol(School school, SchoolClass k, String name, String number) {
    return world.app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), k.id().value(), name,
        Gender.MALE, LocalDate.of(2017, 3, 4), number));
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

  private static void rule(Reply r, String rule, String clause) {
    assertThat(problem(r, 422).toString()).contains(rule).contains(clause);
  }

  private static List<String> fields(Reply r) {
    List<String> fields = new ArrayList<>();
    problem(r, 400).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static String dayJson(School school, String kind, LocalDate date, String closes, int capacity) {
    return "{\"schoolId\":\"" + school.id().value() + "\",\"kind\":\"" + kind + "\",\"title\":\"春季家长开放日\","
        + "\"date\":\"" + date + "\",\"place\":\"学校礼堂\"" + (closes == null ? "" : ",\"bookingClosesAt\":\""
        + closes + "\"") + ",\"slots\":[{\"start\":\"14:00\",\"end\":\"15:00\",\"capacity\":" + capacity
        + "},{\"start\":\"09:00\",\"end\":\"10:00\",\"capacity\":1}]}";
  }

  private JsonNode scheduled(String json) {
    Reply r = world.server.post(PATH, leaderA, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.header("location")).endsWith(PATH + "/" + r.json().get("id").asText());
    return r.json();
  }

  private Reply book(String token, String day, String slot, Student child) {
    return world.server.post(PATH + "/" + day + "/bookings", token, "{\"slotId\":\"" + slot + "\",\"studentId\":\""
        + child.id().value() + "\"}");
  }

  /** The id of the 09:00 slot (capacity 1), which sorts first. */
  private static String morning(JsonNode day) {
    assertThat(day.get("slots").get(0).get("start").asText()).startsWith("09:00");
    return day.get("slots").get(0).get("id").asText();
  }

  @Test
  void aSchoolSchedulesItsOwnDays_otherSchoolsAre404_pastDaysAre422() {
    JsonNode day = scheduled(dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(8), null, 30));
    assertThat(day.get("kindLabel").asText()).isEqualTo("家长开放日");
    assertThat(day.get("clause").asText()).isEqualTo("五(一)3");
    assertThat(day.get("slots")).hasSize(2);
    assertThat(day.get("slots").get(1).get("remaining").asInt()).isEqualTo(30);
    problem(world.server.post(PATH, leaderB, dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(8), null, 3)), 404);
    problem(world.server.post(PATH, parentA, dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(8), null, 3)), 403);
    problem(world.server.post(PATH, district, dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(8), null, 3)), 403);
    rule(world.server.post(PATH, leaderA, dayJson(schoolA, "RECEPTION_DAY", TODAY.minusDays(1), null, 3)),
        "OPEN_DAY_IN_PAST", "三(三)2");
    String id = day.get("id").asText();
    assertThat(world.server.get(PATH + "/" + id, parentA).status()).isEqualTo(200);
    assertThat(world.server.get(PATH + "/" + id, teacherA).status()).isEqualTo(200);
    assertThat(world.server.get(PATH + "/" + id, district).status()).isEqualTo(200);
    problem(world.server.get(PATH + "/" + id, parentB), 404);
    problem(world.server.get(PATH + "/" + id, leaderB), 404);
    problem(world.server.get(PATH + "/no-such-day", leaderA), 404);
    assertThat(world.server.get(PATH + "?limit=500", leaderB).body()).doesNotContain(id);
    assertThat(world.server.get(PATH + "?limit=500", parentA).body()).contains(id);

    JsonNode visitDay = scheduled(dayJson(schoolA, "HOME_VISIT_DAY", TODAY.plusDays(10), null, 4));
    assertThat(visitDay.get("kindLabel").asText()).isEqualTo("家访日");
    assertThat(visitDay.get("clause").asText()).isEqualTo("五(一)3");
  }

  @Test
  void guardiansBookOnePlacePerDay_aFullSlotIs422_cancellingFreesThePlace() {
    JsonNode day = scheduled(dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(9), null, 30));
    String id = day.get("id").asText();
    String slot = morning(day);
    Reply first = book(parentA, id, slot, childA);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("status").asText()).isEqualTo("BOOKED");
    String booking = first.json().get("id").asText();
    rule(book(parentA2, id, slot, childA2), "OPEN_DAY_SLOT_FULL", "五(一)3");
    rule(book(parentA, id, day.get("slots").get(1).get("id").asText(), childA), "OPEN_DAY_ALREADY_BOOKED", "五(一)3");
    // another family's child, another school's guardian, a slot that does not exist, staff
    problem(book(parentA2, id, slot, childA), 404);
    problem(book(parentB, id, slot, childB), 404);
    problem(book(parentA2, id, "99", childA2), 404);
    problem(book(leaderA, id, slot, childA), 403);
    assertThat(world.server.get(PATH + "/" + id, parentA).json().get("slots").get(0).get("remaining").asInt())
        .isZero();
    // the school's leaders see the bookings, nobody else
    Reply bookings = world.server.get(PATH + "/" + id + "/bookings", leaderA);
    assertThat(bookings.status()).as(bookings.body()).isEqualTo(200);
    assertThat(bookings.json().get("items")).hasSize(1);
    problem(world.server.get(PATH + "/" + id + "/bookings", leaderB), 404);
    problem(world.server.get(PATH + "/" + id + "/bookings", parentA), 403);
    problem(world.server.get(PATH + "/" + id + "/bookings", teacherA), 403);
    // cancelling: only one's own; the place is free again
    problem(world.server.post(PATH + "/" + id + "/bookings/" + booking + "/cancel", parentA2, "{}"), 404);
    Reply cancelled = world.server.post(PATH + "/" + id + "/bookings/" + booking + "/cancel", parentA, "{}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(world.server.post(PATH + "/" + id + "/bookings/" + booking + "/cancel", parentA, "{}").json()
        .get("status").asText()).isEqualTo("CANCELLED");
    assertThat(book(parentA2, id, slot, childA2).status()).isEqualTo(201);
    assertThat(world.server.get(PATH + "/my-bookings", parentA).json().get("items")).hasSize(1);
    assertThat(world.server.get(PATH + "/my-bookings", parentA2).json().get("items")).hasSize(1);
    problem(world.server.get(PATH + "/my-bookings", leaderA), 403);
  }

  @Test
  void bookingClosesAtTheCutOff() {
    JsonNode day = scheduled(dayJson(schoolA, "RECEPTION_DAY", TODAY.plusDays(3), "2026-03-01T12:00:00Z", 30));
    assertThat(day.get("clause").asText()).isEqualTo("三(三)2");
    rule(book(parentA3, day.get("id").asText(), morning(day), childA3), "OPEN_DAY_BOOKING_CLOSED", "三(三)2");
  }

  @Test
  void aRetriedBookingWithTheSameIdempotencyKeyCreatesNothingNew() {
    JsonNode day = scheduled(dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(10), null, 30));
    String id = day.get("id").asText();
    String body = "{\"slotId\":\"" + day.get("slots").get(1).get("id").asText() + "\",\"studentId\":\""
        + childA3.id().value() + "\"}";
    Reply first = world.server.request("POST", PATH + "/" + id + "/bookings").token(parentA3)
        .header("Idempotency-Key", "open-day-retry-1").json(body).send();
    Reply again = world.server.request("POST", PATH + "/" + id + "/bookings").token(parentA3)
        .header("Idempotency-Key", "open-day-retry-1").json(body).send();
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.header("idempotent-replayed")).isEqualTo("true");
    assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(world.server.get(PATH + "/" + id + "/bookings", leaderA).json().get("items")).hasSize(1);
  }

  @Test
  void badInputIsAFieldNamed400InBothLanguages() {
    Reply zh = world.server.request("POST", PATH).token(leaderA).header("Accept-Language", "zh-CN")
        .json(dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(8), null, 3).replace("春季家长开放日", "")).send();
    assertThat(fields(zh)).containsExactly("title");
    assertThat(zh.json().get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(leaderA).header("Accept-Language", "en")
        .json(dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(8), null, 0)).send();
    assertThat(fields(en)).containsExactly("slots[0].capacity");
    assertThat(fields(world.server.post(PATH, leaderA, dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(8), null, 3)
        .replace("\"end\":\"15:00\"", "\"end\":\"13:00\"")))).containsExactly("slots[0].end");
    assertThat(fields(world.server.post(PATH, leaderA, dayJson(schoolA, "FAIR", TODAY.plusDays(8), null, 3))))
        .containsExactly("kind");
    assertThat(fields(world.server.post(PATH, leaderA, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"kind\":\"OPEN_DAY\",\"title\":\"t\",\"date\":\"2026-03-10\",\"place\":\"p\",\"slots\":[]}")))
        .containsExactly("slots");
    JsonNode day = scheduled(dayJson(schoolA, "OPEN_DAY", TODAY.plusDays(11), null, 3));
    assertThat(fields(world.server.post(PATH + "/" + day.get("id").asText() + "/bookings", parentA,
        "{\"slotId\":\"\"}"))).containsExactlyInAnyOrder("slotId", "studentId");
    assertThat(fields(world.server.get(PATH + "?limit=501", leaderA))).isNotEmpty();
  }
}
