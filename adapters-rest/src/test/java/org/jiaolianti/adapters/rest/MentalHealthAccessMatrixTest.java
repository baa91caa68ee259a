package org.jiaolianti.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.testing.AccessMatrix.json;
import static org.jiaolianti.adapters.rest.testing.AccessMatrix.row;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiaolianti.adapters.rest.testing.AccessMatrix;
import org.jiaolianti.adapters.rest.testing.AccessMatrix.Outcome;
import org.jiaolianti.adapters.rest.testing.AccessMatrix.Row;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.MatrixWorld;
import org.jiaolianti.adapters.rest.testing.MatrixWorld.Side;
import org.jiaolianti.adapters.rest.testing.MatrixWorld.Subject;
import org.jiaolianti.domain.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated access matrix of issue 6: every mental-health endpoint × every role × own / foreign subject → the
 * expected allow (2xx), 403 or 404, and no allowed response carries a field the role may not see. One test per
 * cell. The expectations are the "Who sees what" and {@code docs/access.md}; the notation is
 * {@link AccessMatrix}'s. A new endpoint under one of {@link #MENTAL_HEALTH_PATHS} without a row fails
 * {@link #everyMentalHealthEndpointHasARow()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentalHealthAccessMatrixTest {

  /** The resources that hold or govern mental-health and other sensitive pupil data (issue 6). */
  static final List<String> MENTAL_HEALTH_PATHS = List.of("/api/v1/consents", "/api/v1/health-vice-principals",
      "/api/v1/counsellors", "/api/v1/reports/counsellor-coverage", "/api/v1/break-glass", "/api/v1/audit-events",
      "/api/v1/home-visits", "/api/v1/students", "/api/v1/mental-health-files", "/api/v1/screenings",
      "/api/v1/referrals", "/api/v1/reports/mental-health");

  /**
   * Under those paths but not mental-health data: in-school performance notes (五(一)2, issue 5) have their own
   * access rules and tests ({@code PerformanceNoteResourceTest}).
   */
  static final List<String> NOT_MENTAL_HEALTH = List.of("/api/v1/students/{}/performance-notes");

  /** A new term per created campaign (one campaign per school, term and scale). */
  private static final java.util.concurrent.atomic.AtomicInteger TERMS = new java.util.concurrent.atomic.AtomicInteger();
  private static final String GET = "GET";

  private static String term(int n) {
    return (2100 + n) + "-" + (2101 + n) + "-1";
  }
  private static final String POST = "POST";

  /** Home-visit fields beyond "a visit happened, when and how" (五(一)3: a guardian sees only that). */
  private static final String VISIT_DETAILS = "note, topics, flagsConcern, visitorIds, recordedBy";
  /** What an audit event never carries: the sensitive content itself. */
  private static final String CONTENT = "note, reason, plan, outcomeNote, sharedSummary, mobile, name";

  // Columns:                   DA   MH   UO   ZC   SA   TE   CO   GU   PS   CL   AU   UA
  static final List<Row> ROWS = List.of(
      row(GET, "/api/v1/consents?studentId={student}",
          "                     -/-  A/A  -/-  -/-  A/4  -/-  A/4  A/4  -/-  -/-  -/-  -/-"),
      row(POST, "/api/v1/consents",
          "                     -/-  -/-  -/-  -/-  A/4  -/-  A/4  A/4  -/-  -/-  -/-  -/-")
          .body((role, s) -> AccessMatrix.resolve(role == Role.GUARDIAN
              ? "{\"studentId\":\"{student}\",\"purpose\":\"MENTAL_HEALTH_FILE\"}"
              : "{\"studentId\":\"{student}\",\"purpose\":\"MENTAL_HEALTH_FILE\",\"grantor\":\"GUARDIAN\","
                  + "\"guardianId\":\"{guardian}\"}", s)),
      row(POST, "/api/v1/consents/{freshConsent}/revoke",
          "                     -/-  -/-  -/-  -/-  A/4  -/-  A/4  A/4  -/-  -/-  -/-  -/-")
          .body(json("{}")),
      row(GET, "/api/v1/health-vice-principals?schoolId={school}",
          "                     A/A  A/A  A/A  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      // a school admin reads its own school's appointments, so also whether its own school lacks one
      row(GET, "/api/v1/health-vice-principals/schools-without?on=2026-03-02",
          "                     A/A  A/A  A/A  -/-  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(POST, "/api/v1/health-vice-principals",
          "                     A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"schoolId\":\"{school}\",\"name\":\"陈医生\",\"institutionId\":\"{institution}\","
              + "\"professionalTitle\":\"主治医师\",\"from\":\"2026-03-01\"}")),
      row(POST, "/api/v1/health-vice-principals/{freshAppointment}/end",
          "                     A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"lastDay\":\"2026-03-01\"}")),
      row(GET, "/api/v1/counsellors?schoolId={school}",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(POST, "/api/v1/counsellors",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"schoolId\":\"{school}\",\"counsellorId\":\"{freshCounsellor}\",\"kind\":\"PART_TIME\","
              + "\"from\":\"2025-09-01\"}")),
      row(POST, "/api/v1/counsellors/{freshPost}/end",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"lastDay\":\"2026-03-01\"}")),
      row(POST, "/api/v1/counsellors/{freshPost}/lead",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"lead\":false}")),
      // a school admin sees its school's posts (403 on their training), not another school's (404); the counsellor
      // reads and logs only the training of their own post
      row(GET, "/api/v1/counsellors/{post}/trainings",
          "                     A/A  A/A  -/-  -/-  3/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(POST, "/api/v1/counsellors/{post}/trainings",
          "                     A/A  A/A  -/-  -/-  3/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .body(json("{\"on\":\"2026-01-10\",\"hours\":2,\"topics\":[\"危机干预\"]}")),
      row(GET, "/api/v1/reports/counsellor-coverage?on=2026-03-02",
          "                     A/A  A/A  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      // the world's counsellor is school A's mental-health lead, recorded on the accesses to A's students
      row(GET, "/api/v1/break-glass?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  A/A  -/-").deniedAs403(),
      row(GET, "/api/v1/break-glass/{breakGlass}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  A/A  -/-").deniedAs403(),
      row(POST, "/api/v1/break-glass",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .body(json("{\"studentId\":\"{freshStudent}\",\"reason\":\"危机评估：需要立即查阅谈话记录\"}")),
      // only the officer who opened it stops it; the auditor and the school's lead see it, so 403
      row(POST, "/api/v1/break-glass/{freshBreakGlass}/stop",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  3/4  -/-  -/-  -/-  3/3  -/-").deniedAs403(),
      row(GET, "/api/v1/audit-events",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  A/A  -/-").deniedAs403()
          .hidesFromAll(CONTENT),
      row(POST, "/api/v1/audit-events/verify",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  A/A  -/-").deniedAs403(),
      // DISTRICT_MH_OFFICER: no home-visit notes (notes only through break-glass, and that for MH files)
      row(GET, "/api/v1/home-visits?studentId={student}",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  -/-  A/4  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll("note").hides(VISIT_DETAILS, Role.GUARDIAN),
      row(GET, "/api/v1/home-visits/{visit}",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  -/-  A/4  -/-  -/-  -/-  -/-")
          .hides(VISIT_DETAILS, Role.GUARDIAN),
      row(POST, "/api/v1/home-visits",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"studentId\":\"{student}\",\"visitedOn\":\"2026-03-01\",\"mode\":\"PHONE\"}")),
      // aggregates only for the bureau: no district-wide profile reader (DISTRICT_ADMIN, DISTRICT_MH_OFFICER: 403)
      row(GET, "/api/v1/students/{student}",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  A/4  A/4  -/-  -/-  -/-  -/-").deniedAs403()
          .hides("mobile", Role.COUNSELLOR, Role.GUARDIAN),
      // screening campaigns: counts for the school's staff and the officer, each student's result to counsellors only
      row(GET, "/api/v1/screenings?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  A/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll("score, studentId"),
      row(GET, "/api/v1/screenings/{campaign}",
          "                     -/-  A/A  -/-  -/-  A/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .hidesFromAll("score, studentId"),
      row(POST, "/api/v1/screenings",
          "                     -/-  A/A  -/-  -/-  A/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .body((role, s) -> AccessMatrix.resolve("{\"schoolId\":\"{school}\",\"term\":\"" + term(TERMS.incrementAndGet())
              + "\",\"scale\":\"PHQ9\",\"opensOn\":\"2026-03-01\","
              + "\"closesOn\":\"2026-03-31\"}", s)),
      row(GET, "/api/v1/screenings/{campaign}/results",
          "                     -/-  3/3  -/-  -/-  3/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-"),
      row(POST, "/api/v1/screenings/{campaign}/results",
          "                     -/-  3/3  -/-  -/-  3/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"results\":[{\"studentId\":\"{student}\",\"score\":\"7\",\"takenOn\":\"2026-03-02\"}]}")),
      row(GET, "/api/v1/screenings/due?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  A/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .hidesFromAll("score"),
      // aggregates only, small counts suppressed: the bureau's report readers, nobody else (not the auditor)
      row(GET, "/api/v1/reports/mental-health?on=2026-03-02",
          "                     A/A  A/A  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll("studentId, name, note"));

  MatrixWorld world;

  @BeforeAll
  void start() {
    world = new MatrixWorld();
  }

  @AfterAll
  void stop() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void everyRoleHasAColumn() {
    AccessMatrix.checkColumns();
  }

  @Test
  void everyMentalHealthEndpointHasARow() {
    Set<String> declared = AccessMatrix.endpointsUnder(RestApi.resources(world.app, () -> true), MENTAL_HEALTH_PATHS,
        NOT_MENTAL_HEALTH);
    Set<String> covered = ROWS.stream().map(Row::endpoint).collect(Collectors.toSet());

    assertThat(declared).as("mental-health endpoints the resources declare").isNotEmpty();
    assertThat(covered).as("every mental-health endpoint needs a row in the matrix").containsAll(declared);
    assertThat(declared).as("every row names an endpoint that exists").containsAll(covered);
  }

  @Test
  void theLeakCheckFindsAHiddenFieldAtAnyDepth() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"items\":[{\"id\":\"1\",\"guardians\":[{\"mobile\":\"13800000001\"}],\"note\":null}]}");

    assertThat(AccessMatrix.fieldsNamed(json, Set.of("mobile", "note"))).containsExactly("$.items[0].guardians[0].mobile");
  }

  @TestFactory
  Stream<DynamicNode> matrix() {
    return ROWS.stream().map(row -> DynamicContainer.dynamicContainer(row.name(),
        AccessMatrix.COLUMNS.stream().flatMap(role -> Stream.of(Side.OWN, Side.FOREIGN).map(side ->
            DynamicTest.dynamicTest(role + " " + side.name().toLowerCase(java.util.Locale.ROOT) + " → "
                + row.expected(role, side), () -> cell(row, role, side))))));
  }

  private void cell(Row row, Role role, Side side) {
    Subject subject = world.subject(side);
    String path = AccessMatrix.resolve(row.path(), subject);
    var request = world.server().request(row.method(), path).token(world.token(role));
    String body = row.body(role, subject);
    if (body != null) {
      request.json(body);
    }
    Reply reply = request.send();
    Outcome expected = row.expected(role, side);

    assertThat(expected.matches(reply.status())).as("%s %s as %s (%s): want %s, got %s", row.method(), path, role,
        side, expected, reply).isTrue();
    if (expected == Outcome.ALLOW) {
      if (!reply.body().isBlank()) {
        List<String> leaked = AccessMatrix.fieldsNamed(reply.json(), row.hiddenFrom(role));
        assertThat(leaked).as("fields %s may not see in %s", role, reply.body()).isEmpty();
      }
    } else {
      assertThat(reply.header("content-type")).startsWith("application/problem+json");
      assertThat(reply.body()).doesNotContain("Exception").doesNotContain("父母离异");
    }
  }
}
