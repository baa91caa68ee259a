package org.jiaolianti.adapters.rest.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /api/v1/users} and {@code /api/v1/users/{id}/role-assignments} over HTTP: USER_ADMIN only, within
 * the caller's district; a revoked assignment or a deactivated account stops working on the very next
 * request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserResourceTest {

  static final String USERS = "/api/v1/users";
  static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

  RestWorld world;
  School school;
  User userAdmin;
  String adminToken;
  String districtAdminToken;
  String teacherToken;
  User huliUser;
  String huliAdminToken;

  @BeforeAll
  void start() {
    world = new RestWorld();
    var town = world.app.register().registerTown(new RegisterTownCommand(RestWorld.DISTRICT, "350213001", "新店街道",
        TownKind.TOWN));
    school = world.app.register().registerSchool(new RegisterSchoolCommand(RestWorld.DISTRICT, "3502130001",
        "新店中心小学", SchoolType.PRIMARY, town.code().value(), LocalDate.of(2010, 9, 1)));
    SchoolClass schoolClass = world.app.roster().registerClass(new RegisterClassCommand(RestWorld.DISTRICT,
        school.id().value(), 2025, 3, 2));
    userAdmin = world.user("account.admin", Role.USER_ADMIN, ScopeType.DISTRICT, null);
    adminToken = world.token(userAdmin);
    districtAdminToken = world.token(world.user("bureau.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    teacherToken = world.token(world.user("wang.teacher", Role.TEACHER, ScopeType.CLASSES, schoolClass.id().value()));

    // a second district, with its own user administrator and a user
    world.app.activate(TestPolicies.huli());
    String huli = TestPolicies.HULI.value();
    User huliAdmin = world.app.users().register(new RegisterUserCommand(huli, "huli.admin", "湖里账号管理员", null));
    world.app.users().assign(new AssignRoleCommand(huli, huliAdmin.id().value(), Role.USER_ADMIN, ScopeType.DISTRICT,
        null, RestWorld.ROLES_FROM, null));
    huliAdminToken = world.token(huliAdmin);
    huliUser = world.app.users().register(new RegisterUserCommand(huli, "huli.teacher", "湖里老师", null));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  // ------------------------------------------------------------------------------------------ helpers

  private Reply register(String username, String displayName) {
    return world.server.post(USERS, adminToken,
        "{\"username\": \"" + username + "\", \"displayName\": \"" + displayName + "\"}");
  }

  private String registered(String username) {
    Reply r = register(username, username);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private Reply patch(String path, String token, String ifMatch, String json) {
    var request = world.server.request("PATCH", path).token(token).json(json);
    return (ifMatch == null ? request : request.header("If-Match", ifMatch)).send();
  }

  private Reply assign(String userId, String json) {
    return world.server.post(USERS + "/" + userId + "/role-assignments", adminToken, json);
  }

  private static String assignment(Role role, ScopeType scope, String reference) {
    return "{\"role\": \"" + role + "\", \"scopeType\": \"" + scope + "\", "
        + (reference == null ? "" : "\"scopeReference\": \"" + reference + "\", ") + "\"validFrom\": \"2025-12-01\"}";
  }

  private static List<String> fields(Reply r) {
    assertThat(r.header("content-type")).as(r.body()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    r.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static List<String> usernames(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return StreamSupport.stream(r.json().get("items").spliterator(), false).map(u -> u.get("username").asText())
        .toList();
  }

  // --------------------------------------------------------------------------------------- the users

  @Test
  void aUserAdminRegistersReadsAndRenamesAUser() {
    Reply created = register("chen.teacher", "陈老师");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("location")).endsWith(USERS + "/" + id);
    assertThat(created.header("etag")).isEqualTo("\"0\"");
    assertThat(created.json().get("username").asText()).isEqualTo("chen.teacher");
    assertThat(created.json().get("displayName").asText()).isEqualTo("陈老师");
    assertThat(created.json().get("active").asBoolean()).isTrue();

    Reply read = world.server.get(created.header("location").substring(world.server.base().toString().length()),
        adminToken);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.header("etag")).isEqualTo("\"0\"");
    assertThat(read.json()).isEqualTo(created.json());

    Reply renamed = patch(USERS + "/" + id, adminToken, "\"0\"", "{\"displayName\": \"陈小红老师\"}");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.header("etag")).isEqualTo("\"1\"");
    assertThat(renamed.json().get("displayName").asText()).isEqualTo("陈小红老师");
    assertThat(renamed.json().get("active").asBoolean()).isTrue();
    assertThat(world.server.get(USERS + "/" + id, adminToken).json().get("displayName").asText()).isEqualTo("陈小红老师");

    Reply mergePatch = world.server.request("PATCH", USERS + "/" + id).token(adminToken).header("If-Match", "\"1\"")
        .header("Content-Type", "application/merge-patch+json").body("{\"displayName\": \"陈老师\"}").send();
    assertThat(mergePatch.status()).as(mergePatch.body()).isEqualTo(200);
    assertThat(mergePatch.header("etag")).isEqualTo("\"2\"");
  }

  @Test
  void theListIsTheDistrictsUsersFilteredAndPaged() {
    String id = registered("list.inactive");
    assertThat(patch(USERS + "/" + id, adminToken, "\"0\"", "{\"active\": false}").status()).isEqualTo(200);

    List<String> all = usernames(world.server.get(USERS + "?limit=500", adminToken));
    assertThat(all).contains("account.admin", "bureau.staff", "wang.teacher", "list.inactive")
        .doesNotContain("huli.admin", "huli.teacher").isSorted();

    assertThat(usernames(world.server.get(USERS + "?username=bureau.staff", adminToken))).containsExactly("bureau.staff");
    assertThat(usernames(world.server.get(USERS + "?active=false&limit=500", adminToken))).contains("list.inactive")
        .doesNotContain("account.admin");
    assertThat(usernames(world.server.get(USERS + "?active=true&limit=500", adminToken))).contains("account.admin")
        .doesNotContain("list.inactive");

    Reply page = world.server.get(USERS + "?limit=1&offset=1", adminToken);
    assertThat(page.json().get("items")).hasSize(1);
    assertThat(page.json().get("totalCount").asInt()).isEqualTo(all.size());
    assertThat(page.json().get("limit").asInt()).isEqualTo(1);
    assertThat(page.json().get("offset").asInt()).isEqualTo(1);
    assertThat(page.json().get("items").get(0).get("username").asText()).isEqualTo(all.get(1));

    for (String query : new String[] {"limit=0", "limit=501", "offset=-1", "active=yes"}) {
      Reply bad = world.server.get(USERS + "?" + query, adminToken);
      assertThat(bad.status()).as(query).isEqualTo(400);
      assertThat(fields(bad)).as(query).containsExactly(query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  void aBadRegistrationIsA400NamingEachField() {
    Reply badName = register("Bad Name", "某人");
    assertThat(badName.status()).isEqualTo(400);
    assertThat(fields(badName)).containsExactly("username");
    assertThat(badName.json().get("errors").get(0).get("message").asText()).isEqualTo("须为 3–64 位小写字母、数字或 . _ @ -");
    Reply english = world.server.request("POST", USERS).token(adminToken).header("Accept-Language", "en")
        .json("{\"username\": \"x\", \"displayName\": \"某人\"}").send();
    assertThat(english.json().get("errors").get(0).get("message").asText())
        .isEqualTo("must be 3-64 lower-case letters, digits or . _ @ -");

    Reply missing = world.server.post(USERS, adminToken, "{\"username\": \"missing.name\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).containsExactly("displayName");

    Reply both = world.server.post(USERS, adminToken, "{\"guardianId\": \"not an id\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(fields(both)).containsExactly("displayName", "guardianId", "username");

    Reply malformed = world.server.post(USERS, adminToken, "{\"username\": \"broken\", ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(fields(malformed)).containsExactly("body");

    Reply wrongType = world.server.post(USERS, adminToken, "{\"username\": [\"a\"], \"displayName\": \"某人\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(fields(wrongType)).containsExactly("username");

    Reply unknownField = world.server.post(USERS, adminToken,
        "{\"username\": \"extra.field\", \"displayName\": \"某人\", \"roles\": []}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(fields(unknownField)).containsExactly("roles");

    Reply empty = world.server.request("POST", USERS).token(adminToken).header("Content-Type", "application/json").send();
    assertThat(empty.status()).isEqualTo(400);

    Reply text = world.server.request("POST", USERS).token(adminToken).header("Content-Type", "text/plain")
        .body("username=x").send();
    assertThat(text.status()).isEqualTo(415);

    Reply noGuardian = world.server.post(USERS, adminToken,
        "{\"username\": \"no.guardian\", \"displayName\": \"某人\", \"guardianId\": \"" + UNKNOWN_ID + "\"}");
    assertThat(noGuardian.status()).as(noGuardian.body()).isEqualTo(404);
    assertThat(usernames(world.server.get(USERS + "?limit=500", adminToken)))
        .doesNotContain("missing.name", "extra.field", "no.guardian");
  }

  @Test
  void aTakenUsernameIsA409EvenIfAnotherDistrictTookIt() {
    registered("twice.taken");
    Reply again = register("twice.taken", "另一个人");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("type").asText()).endsWith("/duplicate");

    Reply huli = register("huli.teacher", "翔安老师");
    assertThat(huli.status()).isEqualTo(409);
  }

  @Test
  void aChangeNeedsTheCurrentETag() {
    String id = registered("etag.user");
    String path = USERS + "/" + id;

    Reply missing = patch(path, adminToken, null, "{\"displayName\": \"无条件\"}");
    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.header("content-type")).startsWith("application/problem+json");

    assertThat(patch(path, adminToken, "\"0\"", "{\"displayName\": \"第一次\"}").status()).isEqualTo(200);
    Reply stale = patch(path, adminToken, "\"0\"", "{\"displayName\": \"第二次\"}");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("content-type")).startsWith("application/problem+json");
    Reply read = world.server.get(path, adminToken);
    assertThat(read.json().get("displayName").asText()).isEqualTo("第一次");
    assertThat(read.header("etag")).isEqualTo("\"1\"");

    Reply blank = patch(path, adminToken, "\"1\"", "{\"displayName\": \"  \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(fields(blank)).containsExactly("displayName");
    Reply wrongType = patch(path, adminToken, "\"1\"", "{\"active\": \"yes\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(fields(wrongType)).containsExactly("active");
    Reply unknownField = patch(path, adminToken, "\"1\"", "{\"username\": \"renamed\"}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(fields(unknownField)).containsExactly("username");
    assertThat(world.server.get(path, adminToken).header("etag")).isEqualTo("\"1\"");
  }

  // --------------------------------------------------------------------------------- who may do this

  @Test
  void withoutAValidTokenItIs401() {
    for (Reply r : List.of(world.server.get(USERS, null), world.server.get(USERS + "/" + userAdmin.id().value(), null),
        world.server.post(USERS, null, "{\"username\": \"no.token\", \"displayName\": \"某人\"}"),
        world.server.get(USERS, adminToken.substring(0, adminToken.length() - 4) + "AAAA"))) {
      assertThat(r.status()).as(r.body()).isEqualTo(401);
      assertThat(r.header("www-authenticate")).isEqualTo("Bearer");
    }
  }

  @Test
  void onlyTheUserAdminManagesUsersOthersGet403WhateverTheId() {
    String target = userAdmin.id().value();
    String assignmentId = world.app.users().assignmentsOf(TestPolicies.XIANGAN, userAdmin.id()).get(0).id().value();
    for (String token : List.of(districtAdminToken, teacherToken)) {
      List<Reply> replies = List.of(
          world.server.get(USERS, token),
          world.server.get(USERS + "/" + target, token),
          world.server.get(USERS + "/" + UNKNOWN_ID, token),
          world.server.get(USERS + "/" + huliUser.id().value(), token),
          world.server.post(USERS, token, "{\"username\": \"by.other\", \"displayName\": \"某人\"}"),
          patch(USERS + "/" + target, token, "\"0\"", "{\"active\": false}"),
          world.server.get(USERS + "/" + target + "/role-assignments", token),
          world.server.get(USERS + "/" + target + "/role-assignments/" + assignmentId, token),
          world.server.post(USERS + "/" + target + "/role-assignments", token,
              assignment(Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null)),
          world.server.post(USERS + "/" + target + "/role-assignments/" + assignmentId + "/revoke", token,
              "{\"reason\": \"越权\"}"));
      for (Reply r : replies) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().get("type").asText()).endsWith("/forbidden");
      }
    }
    // nothing happened
    assertThat(world.app.access().actor("account.admin").roles()).containsExactly(Role.USER_ADMIN);
    assertThat(world.app.users().users(TestPolicies.XIANGAN)).extracting(User::username).doesNotContain("by.other");
  }

  @Test
  void eachUserAdminReachesTheirOwnDistrictsUsersAndGets404ForTheOthers() {
    String xiangan = userAdmin.id().value();
    String huli = huliUser.id().value();

    assertThat(world.server.get(USERS + "/" + xiangan, adminToken).status()).isEqualTo(200);
    Reply xianganAsksHuli = world.server.get(USERS + "/" + huli, adminToken);
    assertThat(xianganAsksHuli.status()).isEqualTo(404);
    assertThat(xianganAsksHuli.json().get("type").asText()).endsWith("/not-found");

    Reply huliOwn = world.server.get(USERS + "/" + huli, huliAdminToken);
    assertThat(huliOwn.status()).as(huliOwn.body()).isEqualTo(200);
    assertThat(huliOwn.json().get("username").asText()).isEqualTo("huli.teacher");
    assertThat(world.server.get(USERS + "/" + xiangan, huliAdminToken).status()).isEqualTo(404);
    assertThat(usernames(world.server.get(USERS + "?limit=500", huliAdminToken)))
        .containsExactlyInAnyOrder("huli.admin", "huli.teacher");

    // nor can the other district's user be changed, assigned or listed
    assertThat(patch(USERS + "/" + huli, adminToken, "\"0\"", "{\"active\": false}").status()).isEqualTo(404);
    assertThat(world.server.get(USERS + "/" + huli + "/role-assignments", adminToken).status()).isEqualTo(404);
    assertThat(assign(huli, assignment(Role.USER_ADMIN, ScopeType.DISTRICT, null)).status()).isEqualTo(404);
    assertThat(world.app.users().user(TestPolicies.HULI, huliUser.id()).active()).isTrue();
    assertThat(world.app.users().assignmentsOf(TestPolicies.HULI, huliUser.id())).isEmpty();
  }

  @Test
  void unknownAndMalformedIdsAre404() {
    assertThat(world.server.get(USERS + "/" + UNKNOWN_ID, adminToken).status()).isEqualTo(404);
    assertThat(world.server.get(USERS + "/not%20an%20id", adminToken).status()).isEqualTo(404);
    assertThat(patch(USERS + "/" + UNKNOWN_ID, adminToken, "\"0\"", "{\"active\": false}").status()).isEqualTo(404);
    assertThat(world.server.get(USERS + "/" + UNKNOWN_ID + "/role-assignments", adminToken).status()).isEqualTo(404);
    assertThat(world.server.get(USERS + "/" + userAdmin.id().value() + "/role-assignments/" + UNKNOWN_ID, adminToken)
        .status()).isEqualTo(404);
    assertThat(world.server.post(USERS + "/" + userAdmin.id().value() + "/role-assignments/" + UNKNOWN_ID + "/revoke",
        adminToken, "{\"reason\": \"无此授权\"}").status()).isEqualTo(404);
  }

  // --------------------------------------------------------------------------------- role assignments

  @Test
  void aUserAdminAssignsARoleAndReadsItBack() {
    String id = registered("new.head");
    Reply created = assign(id, "{\"role\": \"SCHOOL_ADMIN\", \"scopeType\": \"SCHOOL\", \"scopeReference\": \""
        + school.id().value() + "\", \"validFrom\": \"2025-12-01\", \"validTo\": \"2027-08-31\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String assignmentId = created.json().get("id").asText();
    assertThat(created.header("location")).endsWith(USERS + "/" + id + "/role-assignments/" + assignmentId);
    assertThat(created.header("etag")).isEqualTo("\"0\"");
    JsonNode a = created.json();
    assertThat(a.get("userId").asText()).isEqualTo(id);
    assertThat(a.get("role").asText()).isEqualTo("SCHOOL_ADMIN");
    assertThat(a.get("scopeType").asText()).isEqualTo("SCHOOL");
    assertThat(a.get("scopeReference").asText()).isEqualTo(school.id().value());
    assertThat(a.get("validFrom").asText()).isEqualTo("2025-12-01");
    assertThat(a.get("validTo").asText()).isEqualTo("2027-08-31");
    assertThat(a.get("revoked").asBoolean()).isFalse();
    assertThat(a.has("revocation")).isFalse();

    Reply read = world.server.get(USERS + "/" + id + "/role-assignments/" + assignmentId, adminToken);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("etag")).isEqualTo("\"0\"");
    assertThat(read.json()).isEqualTo(a);

    Reply list = world.server.get(USERS + "/" + id + "/role-assignments", adminToken);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("totalCount").asInt()).isEqualTo(1);
    assertThat(list.json().get("items").get(0)).isEqualTo(a);

    // the holder now has the role
    assertThat(world.app.access().actor("new.head").roles()).containsExactly(Role.SCHOOL_ADMIN);

    // another user's assignment is not found under this user
    assertThat(world.server.get(USERS + "/" + userAdmin.id().value() + "/role-assignments/" + assignmentId, adminToken)
        .status()).isEqualTo(404);
  }

  @Test
  void aBadAssignmentIsA400NamingTheField() {
    String id = registered("bad.assignment");
    Reply mismatch = assign(id, assignment(Role.SCHOOL_ADMIN, ScopeType.DISTRICT, null));
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(fields(mismatch)).containsExactly("scopeType");
    assertThat(mismatch.json().get("errors").get(0).get("message").asText()).contains("SCHOOL_ADMIN").contains("SCHOOL");

    Reply unknownRole = assign(id, "{\"role\": \"KING\", \"scopeType\": \"DISTRICT\", \"validFrom\": \"2025-12-01\"}");
    assertThat(unknownRole.status()).isEqualTo(400);
    assertThat(fields(unknownRole)).containsExactly("role");
    assertThat(unknownRole.json().get("errors").get(0).get("message").asText()).contains("USER_ADMIN");

    Reply noSuchSchool = assign(id, assignment(Role.SCHOOL_ADMIN, ScopeType.SCHOOL, UNKNOWN_ID));
    assertThat(noSuchSchool.status()).isEqualTo(400);
    assertThat(fields(noSuchSchool)).containsExactly("scopeReference");

    Reply missing = assign(id, "{\"role\": \"USER_ADMIN\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).containsExactly("scopeType", "validFrom");

    Reply badDate = assign(id, "{\"role\": \"USER_ADMIN\", \"scopeType\": \"DISTRICT\", \"validFrom\": \"1.12.2025\"}");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(fields(badDate)).containsExactly("validFrom");

    Reply backwards = assign(id, "{\"role\": \"USER_ADMIN\", \"scopeType\": \"DISTRICT\", \"validFrom\": \"2026-01-01\","
        + " \"validTo\": \"2025-12-31\"}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(fields(backwards)).containsExactly("validTo");

    Reply malformed = assign(id, "{\"role\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(fields(malformed)).containsExactly("body");

    Reply text = world.server.request("POST", USERS + "/" + id + "/role-assignments").token(adminToken)
        .header("Content-Type", "text/plain").body("USER_ADMIN").send();
    assertThat(text.status()).isEqualTo(415);

    assertThat(world.server.get(USERS + "/" + id + "/role-assignments", adminToken).json().get("totalCount").asInt())
        .isZero();
  }

  @Test
  void aRevokedAssignmentStopsWorkingOnTheVeryNextRequest() {
    User staff = world.user("revoked.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    String token = world.token(staff);
    String assignmentId = world.app.users().assignmentsOf(TestPolicies.XIANGAN, staff.id()).get(0).id().value();
    assertThat(world.server.get("/api/v1/policy", token).status()).isEqualTo(200);
    assertThat(world.server.get("/api/v1/me", token).json().get("roles")).hasSize(1);

    Reply revoked = world.server.post(USERS + "/" + staff.id().value() + "/role-assignments/" + assignmentId + "/revoke",
        adminToken, "{\"reason\": \"调离教育局\"}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.json().get("revoked").asBoolean()).isTrue();
    assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
    assertThat(revoked.json().get("revocation").get("revokedBy").asText()).isEqualTo("account.admin");
    assertThat(revoked.json().get("revocation").get("reason").asText()).isEqualTo("调离教育局");

    // the same token, the very next request
    Reply policy = world.server.get("/api/v1/policy", token);
    assertThat(policy.status()).as(policy.body()).isEqualTo(403);
    Reply me = world.server.get("/api/v1/me", token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("roles")).isEmpty();

    // the history keeps the assignment, with who revoked it, when and why
    Reply history = world.server.get(USERS + "/" + staff.id().value() + "/role-assignments", adminToken);
    assertThat(history.json().get("totalCount").asInt()).isEqualTo(1);
    JsonNode kept = history.json().get("items").get(0);
    assertThat(kept.get("id").asText()).isEqualTo(assignmentId);
    assertThat(kept.get("role").asText()).isEqualTo("DISTRICT_ADMIN");
    assertThat(kept.get("validFrom").asText()).isEqualTo("2025-12-01");
    assertThat(kept.get("revocation").get("revokedBy").asText()).isEqualTo("account.admin");
    assertThat(kept.get("revocation").get("reason").asText()).isEqualTo("调离教育局");
    OffsetDateTime revokedAt = OffsetDateTime.parse(kept.get("revocation").get("revokedAt").asText());
    assertThat(revokedAt.getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    assertThat(revokedAt.toInstant()).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());

    // revoking twice is refused, and changes nothing
    Reply again = world.server.post(USERS + "/" + staff.id().value() + "/role-assignments/" + assignmentId + "/revoke",
        adminToken, "{\"reason\": \"再次撤销\"}");
    assertThat(again.status()).isEqualTo(400);
    assertThat(fields(again)).containsExactly("assignmentId");
  }

  @Test
  void aRevocationNeedsAReasonAndTheAssignmentsOwnUser() {
    User holder = world.user("revoke.checks", Role.AUDITOR, ScopeType.DISTRICT, null);
    RoleAssignment granted = world.app.users().assignmentsOf(TestPolicies.XIANGAN, holder.id()).get(0);
    String path = USERS + "/" + holder.id().value() + "/role-assignments/" + granted.id().value() + "/revoke";

    Reply blank = world.server.post(path, adminToken, "{\"reason\": \" \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(fields(blank)).containsExactly("reason");
    Reply missing = world.server.post(path, adminToken, "{}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fields(missing)).containsExactly("reason");
    Reply crafted = world.server.post(path, adminToken, "{\"reason\": \"伪造\", \"revokedBy\": \"someone.else\"}");
    assertThat(crafted.status()).isEqualTo(400);
    assertThat(fields(crafted)).containsExactly("revokedBy");

    Reply underAnotherUser = world.server.post(USERS + "/" + userAdmin.id().value() + "/role-assignments/"
        + granted.id().value() + "/revoke", adminToken, "{\"reason\": \"错误的用户\"}");
    assertThat(underAnotherUser.status()).isEqualTo(404);

    assertThat(world.app.access().actor("revoke.checks").roles()).containsExactly(Role.AUDITOR);
  }

  @Test
  void aDeactivatedUsersTokenIs401OnTheNextRequestAndWorksAgainOnceReactivated() {
    User staff = world.user("deactivated.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    String token = world.token(staff);
    String path = USERS + "/" + staff.id().value();
    assertThat(world.server.get("/api/v1/policy", token).status()).isEqualTo(200);

    Reply off = patch(path, adminToken, "\"0\"", "{\"active\": false}");
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(off.json().get("active").asBoolean()).isFalse();

    Reply refused = world.server.get("/api/v1/policy", token);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("type").asText()).endsWith("/unauthenticated");
    assertThat(world.server.get("/api/v1/me", token).status()).isEqualTo(401);

    Reply on = patch(path, adminToken, off.header("etag"), "{\"active\": true}");
    assertThat(on.status()).as(on.body()).isEqualTo(200);
    assertThat(world.server.get("/api/v1/policy", token).status()).isEqualTo(200);
  }
}
