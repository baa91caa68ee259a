package org.jiaolianti.adapters.rest.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jiaolianti.adapters.rest.milestone.TypicalCaseResourceTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.domain.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reports over fixed data: in Xiang'an one of two counted schools established from the issue date
 * (2025-12-01), typical cases selected 2025-12-15 (counts), 2026-01-10 (voided) and 2026-06-01 (after
 * the usual as-of date), one exchange event on 2026-01-15; in Huli three cases and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MilestoneReportResourceTest {

  static final String MILESTONES = "/api/v1/reports/milestones";
  static final String COVERAGE = "/api/v1/reports/coverage";
  static final String AS_OF = "?asOf=2026-03-01";

  MilestoneWorld w;
  HttpTestServer server;
  String admin;

  @BeforeAll
  void start() {
    w = new MilestoneWorld();
    server = w.world.server;
    admin = w.token(Role.DISTRICT_ADMIN);
    recordCase(admin, "2025-12-15");
    String voided = recordCase(admin, "2026-01-10");
    assertThat(server.post("/api/v1/typical-cases/" + voided + "/void", admin, "{\"reason\": \"重复\"}").status())
        .isEqualTo(200);
    recordCase(admin, "2026-06-01");
    assertThat(server.post("/api/v1/exchange-events", admin,
        "{\"heldOn\": \"2026-01-15\", \"organiser\": \"区教育局\", \"title\": \"经验交流会\"}").status()).isEqualTo(201);
    for (int i = 0; i < 3; i++) {
      recordCase(w.huliAdmin, "2025-12-10");
    }
  }

  @AfterAll
  void stop() {
    w.close();
  }

  String recordCase(String token, String selectedOn) {
    Reply r = server.post("/api/v1/typical-cases", token, "{\"title\": \"案例\", \"kind\": \"PRACTICE_CASE\", "
        + "\"collaborations\": [\"HOME_SCHOOL\"], \"fromUnitCode\": \"EDUCATION_BUREAU\", \"selectedOn\": \""
        + selectedOn + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  static JsonNode line(Reply report, String metric, int year) {
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    for (JsonNode l : report.json().get("lines")) {
      if (l.get("metric").asText().equals(metric) && l.get("year").asInt() == year) {
        return l;
      }
    }
    throw new AssertionError("no line " + metric + " " + year + " in " + report.body());
  }

  @Test
  void theMilestoneReportGivesTargetActualGapExpectedAndStatusPerTarget() {
    Reply report = server.get(MILESTONES + AS_OF, admin);

    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().get("district").asText()).isEqualTo("350213");
    assertThat(report.json().get("policyVersion").asText()).isEqualTo("xiangan-2025");
    assertThat(report.json().get("asOf").asText()).isEqualTo("2026-03-01");
    assertThat(report.json().get("lines")).hasSize(8);

    JsonNode share2025 = line(report, "ESTABLISHMENT_SHARE", 2025);
    assertThat(share2025.get("kind").asText()).isEqualTo("SHARE");
    assertThat(share2025.get("target").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(share2025.get("actual").get("value").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(share2025.get("actual").get("value").toString()).isEqualTo("0.5");
    assertThat(share2025.get("actual").get("count").asLong()).isEqualTo(1);
    assertThat(share2025.get("actual").get("base").asLong()).isEqualTo(2);
    assertThat(share2025.get("actual").has("records")).isFalse();
    assertThat(share2025.get("gap").toString()).isEqualTo("0");
    assertThat(share2025.get("status").asText()).isEqualTo("MET");
    assertThat(share2025.get("measuredOn").asText()).isEqualTo("2025-12-31");
    assertThat(share2025.get("deadline").asText()).isEqualTo("2025-12-31");

    JsonNode share2026 = line(report, "ESTABLISHMENT_SHARE", 2026);
    assertThat(share2026.get("target").decimalValue()).isEqualByComparingTo("0.8");
    assertThat(share2026.get("gap").decimalValue()).isEqualByComparingTo("0.3");
    // straight line: 0.5 at 2025-12-31, 0.8 at 2026-12-31; 60 of 365 days on
    assertThat(share2026.get("expected").asDouble()).isCloseTo(0.5 + 0.3 * 60 / 365, within(0.000001));
    assertThat(share2026.get("status").asText()).isEqualTo("AT_RISK");
    assertThat(share2026.get("measuredOn").asText()).isEqualTo("2026-03-01");

    JsonNode cases2026 = line(report, "TYPICAL_CASES", 2026);
    assertThat(cases2026.get("kind").asText()).isEqualTo("COUNT");
    assertThat(cases2026.get("target").toString()).isEqualTo("10");
    assertThat(cases2026.get("actual").get("count").asLong()).isEqualTo(1);
    assertThat(cases2026.get("actual").get("value").toString()).isEqualTo("1");
    assertThat(cases2026.get("actual").has("base")).isFalse();
    assertThat(cases2026.get("gap").toString()).isEqualTo("9");
    assertThat(cases2026.get("status").asText()).isEqualTo("AT_RISK");

    assertThat(line(report, "EXCHANGE_EVENTS", 2025).get("status").asText()).isEqualTo("MISSED");
    assertThat(line(report, "EXCHANGE_EVENTS", 2025).get("gap").toString()).isEqualTo("1");
    assertThat(line(report, "EXCHANGE_EVENTS", 2026).get("status").asText()).isEqualTo("MET");
    assertThat(line(report, "EXCHANGE_EVENTS", 2026).get("label").get("zh").asText()).isEqualTo("经验交流活动次数（当年）");
  }

  @Test
  void theAsOfDateDecidesWhatCounts() {
    Reply before = server.get(MILESTONES + "?asOf=2025-11-30", admin);
    assertThat(before.json().get("lines")).hasSize(8)
        .allSatisfy(l -> assertThat(l.get("status").asText()).isEqualTo("NOT_STARTED"));

    Reply july = server.get(MILESTONES + "?asOf=2026-07-01", admin);
    assertThat(line(july, "TYPICAL_CASES", 2026).get("actual").get("count").asLong()).isEqualTo(2);
  }

  @Test
  void asOfDefaultsToTodayInShanghaiAndABadDateIs400NamingIt() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(server.get(MILESTONES, admin).json().get("asOf").asText()).isEqualTo(today.toString());
    assertThat(server.get(COVERAGE, admin).json().get("asOf").asText()).isEqualTo(today.toString());

    for (String bad : new String[] {"2026-13-01", "yesterday", "2026/03/01", "20260301"}) {
      assertProblem(server.get(MILESTONES + "?asOf=" + bad, admin), 400, "asOf", "Date");
      assertProblem(server.get(COVERAGE + "?asOf=" + bad, admin), 400, "asOf", "Date");
    }
  }

  @Test
  void coverageByZoneIsTheDefaultAndGivesEstablishedOfCountedSchools() {
    Reply byZone = server.get(COVERAGE + AS_OF, admin);

    assertThat(byZone.status()).as(byZone.body()).isEqualTo(200);
    assertThat(byZone.json().get("by").asText()).isEqualTo("ZONE");
    assertThat(byZone.json().get("asOf").asText()).isEqualTo("2026-03-01");
    JsonNode groups = byZone.json().get("groups");
    assertThat(groups).hasSize(1);
    JsonNode zone = groups.get(0);
    assertThat(zone.get("key").asText()).isEqualTo(w.zone.id().value());
    assertThat(zone.get("name").asText()).isEqualTo("A实验区");
    assertThat(zone.get("established").asLong()).isEqualTo(1);
    assertThat(zone.get("counted").asLong()).isEqualTo(2);
    assertThat(zone.get("share").toString()).isEqualTo("0.5");
    assertThat(zone.get("target").toString()).isEqualTo("0.8");
    assertThat(zone.get("gap").toString()).isEqualTo("0.3");

    assertThat(server.get(COVERAGE + AS_OF + "&by=zone", admin).json()).isEqualTo(byZone.json());
  }

  @Test
  void coverageByTownGroupsByTownOrStreet() {
    for (String by : new String[] {"town", "TOWN"}) {
      Reply byTown = server.get(COVERAGE + AS_OF + "&by=" + by, admin);
      assertThat(byTown.status()).as(byTown.body()).isEqualTo(200);
      assertThat(byTown.json().get("by").asText()).isEqualTo("TOWN");
      JsonNode town = byTown.json().get("groups").get(0);
      assertThat(town.get("key").asText()).isEqualTo("350213001");
      assertThat(town.get("name").asText()).isEqualTo("新店街道");
      assertThat(town.get("established").asLong()).isEqualTo(1);
      assertThat(town.get("counted").asLong()).isEqualTo(2);
    }
    for (String bad : new String[] {"county", "school", "zones"}) {
      assertProblem(server.get(COVERAGE + "?by=" + bad, admin), 400, "by", "UnknownValue");
    }
  }

  @Test
  void everyRoleThatMayReadReportsGetsItsDistrictsFigures() {
    List<String> tokens = new ArrayList<>();
    for (Role role : new Role[] {Role.DISTRICT_ADMIN, Role.DISTRICT_MH_OFFICER, Role.AUDITOR, Role.UNIT_OFFICER,
        Role.ZONE_COORDINATOR, Role.SCHOOL_ADMIN}) {
      tokens.add(w.token(role));
    }
    tokens.add(w.aggregateOnly);
    for (String token : tokens) {
      Reply report = server.get(MILESTONES + AS_OF, token);
      assertThat(report.json().get("district").asText()).isEqualTo("350213");
      assertThat(line(report, "TYPICAL_CASES", 2026).get("actual").get("count").asLong()).isEqualTo(1);
      Reply coverage = server.get(COVERAGE + AS_OF, token);
      assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
      assertThat(coverage.json().get("groups").get(0).get("key").asText()).isEqualTo(w.zone.id().value());
    }
  }

  @Test
  void aHuliUserGetsHuliFiguresAndNothingOfXiangan() {
    Reply report = server.get(MILESTONES + AS_OF, w.huliAdmin);
    assertThat(report.json().get("district").asText()).isEqualTo("350206");
    assertThat(report.json().get("policyVersion").asText()).isEqualTo("huli-test-2025");
    assertThat(line(report, "TYPICAL_CASES", 2026).get("actual").get("count").asLong()).isEqualTo(3);
    assertThat(line(report, "EXCHANGE_EVENTS", 2026).get("actual").get("count").asLong()).isZero();
    assertThat(line(report, "ESTABLISHMENT_SHARE", 2026).get("actual").get("base").asLong()).isZero();

    Reply coverage = server.get(COVERAGE + AS_OF, w.huliAdmin);
    assertThat(coverage.status()).isEqualTo(200);
    assertThat(coverage.json().get("district").asText()).isEqualTo("350206");
    assertThat(coverage.json().get("groups")).isEmpty();
    assertThat(coverage.body()).doesNotContain(w.zone.id().value(), "A实验区");

    // the district comes from the caller, never from the URL
    Reply asking = server.get(MILESTONES + AS_OF + "&district=350213", w.huliAdmin);
    assertThat(asking.json().get("district").asText()).isEqualTo("350206");
    assertThat(server.get(COVERAGE + AS_OF + "&district=350213&by=town", w.huliAdmin).json().get("groups")).isEmpty();
  }

  @Test
  void rolesWithoutReadReportsAre403AndNoTokenIs401() {
    for (Role role : new Role[] {Role.GUARDIAN, Role.TEACHER, Role.PARTNER_STAFF, Role.USER_ADMIN}) {
      assertProblem(server.get(MILESTONES + AS_OF, w.token(role)), 403, null, null);
      assertProblem(server.get(COVERAGE + AS_OF, w.token(role)), 403, null, null);
    }
    assertProblem(server.get(MILESTONES, null), 401, null, null);
    assertProblem(server.get(COVERAGE, null), 401, null, null);
  }
}
