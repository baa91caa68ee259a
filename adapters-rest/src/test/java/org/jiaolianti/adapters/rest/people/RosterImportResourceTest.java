package org.jiaolianti.adapters.rest.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/roster-imports} over HTTP: the sample file of {@code docs/examples} as CSV and as
 * XLSX, dry run and real run, bad rows (200 with the report in a dry run, 400 naming the cells in a real
 * run), the 403/404 pairs of the access rules, 415, and a body over the default 1 MiB.
 */
class RosterImportResourceTest {

  static final String IMPORTS = "/api/v1/roster-imports";
  static final Path SAMPLE = Path.of("..", "docs", "examples", "roster-import-sample.csv");

  RestWorld world;
  School primary;
  School kindergarten;
  School other;
  String adminToken;
  String schoolAdminToken;
  String teacherToken;

  @BeforeEach
  void start() {
    world = new RestWorld();
    var town = world.app.register().registerTown(new RegisterTownCommand(RestWorld.DISTRICT, "350213001", "大嶝街道",
        TownKind.STREET));
    primary = world.app.register().registerSchool(new RegisterSchoolCommand(RestWorld.DISTRICT, "3213010001",
        "大嶝第一小学", SchoolType.PRIMARY, town.code().value(), LocalDate.of(2000, 9, 1)));
    kindergarten = world.app.register().registerSchool(new RegisterSchoolCommand(RestWorld.DISTRICT, "3213010004",
        "大嶝中心幼儿园", SchoolType.KINDERGARTEN, town.code().value(), LocalDate.of(2000, 9, 1)));
    other = world.app.register().registerSchool(new RegisterSchoolCommand(RestWorld.DISTRICT, "3213010002",
        "大嶝中学", SchoolType.JUNIOR_SECONDARY, town.code().value(), LocalDate.of(2000, 9, 1)));
    SchoolClass schoolClass = world.app.roster().registerClass(new RegisterClassCommand(RestWorld.DISTRICT,
        primary.id().value(), 2025, 3, 1));
    adminToken = world.token(world.user("bureau.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    schoolAdminToken = world.token(world.user("primary.office", Role.SCHOOL_ADMIN, ScopeType.SCHOOL,
        primary.id().value()));
    teacherToken = world.token(world.user("wang.teacher", Role.TEACHER, ScopeType.CLASSES, schoolClass.id().value()));
  }

  @AfterEach
  void stop() {
    world.close();
  }

  static byte[] sample() {
    try {
      return Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample CSV as an XLSX workbook: a title row above the header, dates as date cells, phones as numbers. */
  static byte[] sampleAsXlsx() {
    List<String[]> lines = new ArrayList<>();
    for (String line : new String(sample(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\n")) {
      lines.add(line.split(",", -1));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("学生名册");
      sheet.createRow(0).createCell(0).setCellValue("大嶝街道学生花名册（学籍系统导出）");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < lines.size(); r++) {
        Row row = sheet.createRow(r + 1);
        String[] cells = lines.get(r);
        for (int c = 0; c < cells.length; c++) {
          var cell = row.createCell(c);
          if (r > 0 && c == 7) {
            cell.setCellValue(LocalDate.parse(cells[c]));
            cell.setCellStyle(date);
          } else if (r > 0 && c == 11) {
            cell.setCellValue(Double.parseDouble(cells[c]));
          } else {
            cell.setCellValue(cells[c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply post(String query, String token, String contentType, byte[] body) {
    return world.server.request("POST", IMPORTS + query).token(token).header("Content-Type", contentType).body(body)
        .send();
  }

  Reply csv(String query, String token, String text) {
    return post(query, token, "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  static void assertCounts(JsonNode report, String kind, int created, int unchanged) {
    assertThat(report.path(kind).path("created").asInt()).as(kind + " created").isEqualTo(created);
    assertThat(report.path(kind).path("unchanged").asInt()).as(kind + " unchanged").isEqualTo(unchanged);
  }

  @Test
  void theSampleCsvImportsAndASecondImportChangesNothing() {
    Reply dry = post("?dryRun=true", adminToken, "text/csv", sample());
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    assertThat(dry.json().path("written").asBoolean()).isFalse();
    assertCounts(dry.json(), "students", 4, 0);
    assertThat(world.app.organization().schools(primary.district())).hasSize(3);

    Reply real = post("?dryRun=false", adminToken, "text/csv", sample());
    assertThat(real.status()).as(real.body()).isEqualTo(200);
    JsonNode report = real.json();
    assertThat(report.path("written").asBoolean()).isTrue();
    assertThat(report.path("rows").asInt()).isEqualTo(6);
    assertCounts(report, "classes", 3, 0);
    assertCounts(report, "students", 4, 0);
    assertCounts(report, "guardians", 5, 0);
    assertCounts(report, "links", 6, 0);
    assertThat(report.path("errors")).isEmpty();

    Reply again = post("?dryRun=false", adminToken, "text/csv", sample());
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertCounts(again.json(), "classes", 0, 3);
    assertCounts(again.json(), "students", 0, 4);
    assertCounts(again.json(), "guardians", 0, 5);
    assertCounts(again.json(), "links", 0, 6);
  }

  @Test
  void theSampleAsXlsxImportsTheSame() {
    Reply reply = post("?dryRun=false", adminToken, RosterImportResource.XLSX, sampleAsXlsx());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertCounts(reply.json(), "students", 4, 0);
    assertCounts(reply.json(), "guardians", 5, 0);
    Reply csvAfter = post("?dryRun=true", adminToken, "text/csv", sample());
    assertCounts(csvAfter.json(), "students", 0, 4);
    assertCounts(csvAfter.json(), "links", 0, 6);
  }

  @Test
  void aDryRunReportsEveryBadRowInTheCallersLanguage() {
    String file = "学校标识码,年级,班级,学生姓名,性别,出生日期,全国学籍号,监护人姓名,监护人手机号,关系\n"
        + "3213010001,一年级,1,张三,男,2019-01-01,G123,张父,13912340000,父亲\n"
        + "3213010001,一年级,1,李四,男,2019-13-01,G350213201901010045,李父,139,父亲\n";

    Reply zh = csv("?dryRun=true", adminToken, file);
    Reply en = world.server.request("POST", IMPORTS + "?dryRun=true").token(adminToken)
        .header("Content-Type", "text/csv").header("Accept-Language", "en").body(file).send();

    assertThat(zh.status()).as(zh.body()).isEqualTo(200);
    JsonNode errors = zh.json().path("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).path("row").asInt()).isEqualTo(2);
    assertThat(errors.get(0).path("column").asText()).isEqualTo("nationalNumber");
    assertThat(errors.get(0).path("header").asText()).isEqualTo("全国学籍号");
    assertThat(errors.get(0).path("reason").asText()).contains("全国学籍号");
    assertThat(errors.get(1).path("column").asText()).isEqualTo("birthDate");
    assertThat(errors.get(2).path("column").asText()).isEqualTo("guardianMobile");
    assertThat(en.json().path("errors").get(1).path("reason").asText()).contains("not a valid date");
    assertThat(world.app.organization().schools(primary.district())).hasSize(3);
  }

  @Test
  void aRealRunWithABadRowIsA400NamingTheCellAndWritesNothing() {
    String file = new String(sample(), StandardCharsets.UTF_8) + "3213010001,大嶝第一小学,2025-2026,一年级,(1)班,"
        + "错误,男,2019-01-01,G350213201901019999,汉族,错父,12345678901,父亲\n";

    Reply reply = csv("?dryRun=false", adminToken, file);
    Reply after = post("?dryRun=true", adminToken, "text/csv", sample());

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.header("content-type")).startsWith("application/problem+json");
    assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("rows[8].guardianMobile");
    assertCounts(after.json(), "students", 4, 0);
  }

  @Test
  void badRequestsAre400Or415() {
    Reply noFlag = post("", adminToken, "text/csv", sample());
    Reply badFlag = post("?dryRun=maybe", adminToken, "text/csv", sample());
    Reply noHeader = csv("?dryRun=true", adminToken, "a,b,c\n1,2,3\n");
    Reply notXlsx = post("?dryRun=true", adminToken, RosterImportResource.XLSX, sample());
    Reply json = post("?dryRun=true", adminToken, "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(noFlag.status()).as(noFlag.body()).isEqualTo(400);
    assertThat(noFlag.json().path("errors").get(0).path("field").asText()).isEqualTo("dryRun");
    assertThat(badFlag.status()).isEqualTo(400);
    assertThat(noHeader.status()).as(noHeader.body()).isEqualTo(400);
    assertThat(noHeader.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(notXlsx.status()).as(notXlsx.body()).isEqualTo(400);
    assertThat(json.status()).isEqualTo(415);
  }

  @Test
  void aSchoolAdministratorImportsTheirOwnSchoolOnly() {
    Reply own = post("?dryRun=true&schoolId=" + primary.id().value(), schoolAdminToken, "text/csv", sample());
    Reply unscoped = post("?dryRun=true", schoolAdminToken, "text/csv", sample());
    Reply another = post("?dryRun=true&schoolId=" + other.id().value(), schoolAdminToken, "text/csv", sample());

    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().path("errors")).as("the kindergarten's rows").hasSize(2)
        .allSatisfy(e -> assertThat(e.path("code").asText()).isEqualTo("OutOfScope"));
    assertThat(unscoped.status()).isEqualTo(200);
    assertThat(unscoped.json().path("errors")).hasSize(2);
    assertThat(another.status()).as("another school: outside the scope").isEqualTo(404);
  }

  @Test
  void aTeacherMayNotImportAndAnUnknownSchoolIsNotFound() {
    Reply teacherOwnSchool = post("?dryRun=true&schoolId=" + primary.id().value(), teacherToken, "text/csv", sample());
    Reply teacherAnySchool = post("?dryRun=true", teacherToken, "text/csv", sample());
    Reply teacherOtherSchool = post("?dryRun=true&schoolId=" + other.id().value(), teacherToken, "text/csv", sample());
    Reply unknown = post("?dryRun=true&schoolId=no-such-school", adminToken, "text/csv", sample());
    Reply anonymous = post("?dryRun=true", null, "text/csv", sample());

    assertThat(teacherOwnSchool.status()).as("sees the school, may not import").isEqualTo(403);
    assertThat(teacherAnySchool.status()).isEqualTo(403);
    assertThat(teacherOtherSchool.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void aFileOverTheDefaultOneMebibyteIsTakenHereOnly() {
    StringBuilder big = new StringBuilder(new String(sample(), StandardCharsets.UTF_8));
    String padding = "x".repeat(200);
    while (big.length() < 1_200_000) {
      // text in an ignored column (民族) only: a row the import skips
      big.append(",,,,,,,,,").append(padding).append(",,,\n");
    }
    Reply large = csv("?dryRun=true", adminToken, big.toString());
    Reply elsewhere = world.server.request("POST", "/api/v1/users").token(adminToken).json("{\"username\": \""
        + "x".repeat(1_100_000) + "\"}").sendRefusedEarly();

    assertThat(large.status()).as(large.body()).isEqualTo(200);
    assertCounts(large.json(), "students", 4, 0);
    // (over 16 MiB is a 413 like any body over its limit; not sent here: the server answers before reading
    // it all and closes the connection, which the JDK client reports as an I/O error, not as the answer)
    assertThat(new RosterImportResource(world.app.organization(), world.app.rosterImport(), world.app.access())
        .bodyLimit()).isEqualTo(16L * 1024 * 1024);
    assertThat(elsewhere.status()).as("other resources keep the default").isEqualTo(413);
  }
}
