package org.jiaolianti.application.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiaolianti.application.people.port.in.RosterImportUseCase;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Column;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Command;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Count;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Report;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Row;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.RowError;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.testing.Scenario;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.NationalStudentNumber;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * Roster import: every bad row reported with row and column, nothing written by a dry run or by a real run
 * with a bad row, and a second import of the same file creates nothing (both identity keys).
 */
class RosterImportServiceTest {

  private static final List<Column> HEADER = List.of(Column.SCHOOL_CODE, Column.GRADE, Column.CLASS_NUMBER,
      Column.STUDENT_NAME, Column.GENDER, Column.BIRTH_DATE, Column.NATIONAL_NUMBER, Column.GUARDIAN_NAME,
      Column.GUARDIAN_MOBILE, Column.RELATION);

  private final Scenario scenario = new Scenario();
  private final Town town = scenario.town(XIANGAN, "350213001", "新店街道");
  private final School primary = scenario.school("3502130001", "新店中心小学", town);
  private final School other = scenario.school("3502130002", "新店第二小学", town);
  private final School kindergarten = scenario.school(XIANGAN, "3502130003", "新店幼儿园", SchoolType.KINDERGARTEN, town);
  private final RosterImportUseCase imports = scenario.app.rosterImport();
  private final Roster roster = scenario.storage.roster();

  /** Rows numbered from 2 (the header is row 1), cells in {@link #HEADER} order. */
  private static List<Row> rows(String[]... cells) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      Map<Column, String> map = new EnumMap<>(Column.class);
      for (int c = 0; c < HEADER.size() && c < cells[i].length; c++) {
        map.put(HEADER.get(c), cells[i][c]);
      }
      rows.add(new Row(i + 2, map));
    }
    return rows;
  }

  private static Command command(List<Row> rows, boolean dryRun) {
    return new Command("350213", EnumSet.copyOf(HEADER), rows, dryRun, null);
  }

  private static String[] row(String... cells) {
    return cells;
  }

  private static final String[] LIN = row("3502130001", "三年级", "(2)班", "林小涵", "女", "2016-03-05",
      "G350213201603050021", "林建国", "13912345678", "父亲");
  private static final String[] LIN_MOTHER = row("3502130001", "三年级", "(2)班", "林小涵", "女", "2016-03-05",
      "G350213201603050021", "陈丽", "13812345678", "母亲");
  private static final String[] LIN_BROTHER = row("3502130001", "1", "1", "林小宇", "男", "2018/9/1",
      "G350213201809010033", "林建国", "13912345678", "爸爸");
  private static final String[] KID = row("3502130003", "小班", "1", "王小宝", "男", "2022-05-01", "", "王芳",
      "13712345678", "母亲");
  private static final String[] KID_FATHER = row("3502130003", "小班", "1", "王小宝", "男", "2022-05-01", "", "王强",
      "13612345678", "父亲");

  @Test
  void aGoodFileCreatesClassesStudentsGuardiansAndLinks() {
    Report report = imports.importRoster(command(rows(LIN, LIN_MOTHER, LIN_BROTHER, KID, KID_FATHER), false));

    assertThat(report.errors()).isEmpty();
    assertThat(report.written()).isTrue();
    assertThat(report.classes()).isEqualTo(new Count(3, 0));
    assertThat(report.students()).isEqualTo(new Count(3, 0));
    assertThat(report.guardians()).isEqualTo(new Count(4, 0));
    assertThat(report.links()).isEqualTo(new Count(5, 0));

    SchoolClass class32 = roster.classesOf(XIANGAN, primary.id()).stream().filter(c -> c.grade() == 3).findFirst()
        .orElseThrow();
    assertThat(class32.number()).isEqualTo(2);
    assertThat(class32.schoolYear()).as("the school year in force on 2025-12-01").isEqualTo(2025);
    Student lin = roster.studentByNationalNumber(XIANGAN, NationalStudentNumber.of("G350213201603050021")).orElseThrow();
    assertThat(lin.name()).isEqualTo("林小涵");
    assertThat(lin.gender()).isEqualTo(Gender.FEMALE);
    assertThat(lin.schoolClass()).isEqualTo(class32.id());
    assertThat(roster.linksOfStudent(XIANGAN, lin.id())).extracting(l -> l.relation())
        .containsExactlyInAnyOrder(GuardianRelation.FATHER, GuardianRelation.MOTHER);
    var father = roster.guardiansWithMobile(XIANGAN, MobileNumber.of("13912345678"));
    assertThat(father).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("林建国"));
    assertThat(roster.linksOfGuardian(XIANGAN, father.get(0).id())).as("one guardian, two children").hasSize(2);
    assertThat(roster.studentsOf(XIANGAN, kindergarten.id())).singleElement()
        .satisfies(s -> assertThat(s.nationalNumber()).isNull());
  }

  @Test
  void reimportingTheSameFileChangesNothingByEitherKey() {
    imports.importRoster(command(rows(LIN, LIN_MOTHER, LIN_BROTHER, KID, KID_FATHER), false));

    Report again = imports.importRoster(command(rows(LIN, LIN_MOTHER, LIN_BROTHER, KID, KID_FATHER), false));

    assertThat(again.errors()).isEmpty();
    assertThat(again.classes()).isEqualTo(new Count(0, 3));
    assertThat(again.students()).isEqualTo(new Count(0, 3));
    assertThat(again.guardians()).isEqualTo(new Count(0, 4));
    assertThat(again.links()).isEqualTo(new Count(0, 5));
    assertThat(roster.studentsOf(XIANGAN, primary.id())).hasSize(2);
    assertThat(roster.studentsOf(XIANGAN, kindergarten.id())).as("the child without a number, by name, birth date"
        + " and a guardian's phone").hasSize(1);
  }

  @Test
  void aChildWithoutNumberIsRecognisedByAnyOfItsGuardiansPhones() {
    imports.importRoster(command(rows(KID), false));

    Report report = imports.importRoster(command(rows(KID_FATHER), false));

    assertThat(report.students()).as("unknown phone: a different child of the same name and birth date")
        .isEqualTo(new Count(1, 0));
    Report third = imports.importRoster(command(rows(KID, KID_FATHER), false));
    assertThat(third.students()).as("known through the mother's phone").isEqualTo(new Count(0, 1));
  }

  @Test
  void aDryRunWritesNothingAndReportsEveryBadRowWithRowAndColumn() {
    List<Row> rows = rows(
        LIN,
        row("3502130001", "三年级", "2", "张三", "男", "2016-01-01", "G12345", "张父", "13912340000", "父亲"),
        row("3502130001", "三年级", "2", "李四", "男", "2016-01-01", "G350213201601010045", "李父", "1391234", "父亲"),
        row("9999999999", "三年级", "2", "王五", "男", "2016-01-01", "G350213201601010056", "王父", "13912340001", "父亲"),
        row("3502130001", "三年级", "2", "赵六", "男", "2016-02-30", "G350213201601010067", "赵父", "13912340002", "父亲"),
        row("3502130001", "十三年级", "2", "钱七", "未知", "2016-01-01", "", "钱父", "13912340003", "舅公"));

    Report report = imports.importRoster(command(rows, true));

    assertThat(report.dryRun()).isTrue();
    assertThat(report.written()).isFalse();
    assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, Column.NATIONAL_NUMBER, "Pattern"),
        org.assertj.core.groups.Tuple.tuple(4, Column.GUARDIAN_MOBILE, "Pattern"),
        org.assertj.core.groups.Tuple.tuple(5, Column.SCHOOL_CODE, "UnknownSchool"),
        org.assertj.core.groups.Tuple.tuple(6, Column.BIRTH_DATE, "Date"),
        org.assertj.core.groups.Tuple.tuple(7, Column.GRADE, "Grade"),
        org.assertj.core.groups.Tuple.tuple(7, Column.GENDER, "Gender"),
        org.assertj.core.groups.Tuple.tuple(7, Column.NATIONAL_NUMBER, "NotNull"),
        org.assertj.core.groups.Tuple.tuple(7, Column.RELATION, "Relation"));
    assertThat(report.errors()).allSatisfy(e -> {
      assertThat(e.reason().zh()).isNotBlank();
      assertThat(e.reason().en()).isNotBlank();
    });
    assertThat(report.students()).as("the good row would be created").isEqualTo(new Count(1, 0));
    assertThat(roster.studentsOf(XIANGAN, primary.id())).isEmpty();
    assertThat(roster.classesOf(XIANGAN, primary.id())).isEmpty();
    assertThat(roster.guardiansWithMobile(XIANGAN, MobileNumber.of("13912345678"))).isEmpty();
  }

  @Test
  void aMissingRequiredColumnIsReportedOnTheHeaderRow() {
    Set<Column> columns = EnumSet.copyOf(HEADER);
    columns.remove(Column.NATIONAL_NUMBER);
    List<Row> rows = rows(LIN).stream().map(r -> {
      Map<Column, String> cells = new EnumMap<>(r.cells());
      cells.remove(Column.NATIONAL_NUMBER);
      return new Row(r.number(), cells);
    }).toList();

    Report report = imports.importRoster(new Command("350213", columns, rows, true, null));

    assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Column.NATIONAL_NUMBER, "MissingColumn"));
    assertThat(report.errors().get(0).reason().zh()).contains("全国学籍号");
  }

  @Test
  void aRealRunWithOneBadRowWritesNothingAndNamesTheCell() {
    List<Row> rows = rows(LIN, LIN_BROTHER,
        row("3502130001", "三年级", "2", "张三", "男", "2016-01-01", "G350213201601010045", "张父", "23912340000", "父亲"));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> imports.importRoster(command(rows, false)));

    assertThat(e).isNotNull();
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows[4].guardianMobile");
    assertThat(e.errors().get(0).message().zh()).contains("第4行", "监护人手机号");
    assertThat(e.errors().get(0).message().en()).contains("row 4");
    assertThat(roster.studentsOf(XIANGAN, primary.id())).isEmpty();
    assertThat(roster.classesOf(XIANGAN, primary.id())).isEmpty();
    assertThat(roster.guardiansWithMobile(XIANGAN, MobileNumber.of("13912345678"))).isEmpty();
  }

  @Test
  void aSchoolAdministratorsImportRefusesRowsOfAnotherSchool() {
    List<Row> rows = rows(LIN,
        row("3502130002", "一年级", "1", "外校生", "男", "2018-01-01", "G350213201801010099", "外父", "13512345678", "父亲"));

    Report report = imports.importRoster(new Command("350213", EnumSet.copyOf(HEADER), rows, true,
        Set.of(primary.id().value())));

    assertThat(report.errors()).singleElement().satisfies(err -> {
      assertThat(err.row()).isEqualTo(3);
      assertThat(err.column()).isEqualTo(Column.SCHOOL_CODE);
      assertThat(err.code()).isEqualTo("OutOfScope");
    });
    assertThat(other.code()).isEqualTo("3502130002");
  }

  @Test
  void theSameStudentOnTwoRowsMustAgreeAndAStudentOfAnotherSchoolIsNotMoved() {
    imports.importRoster(command(rows(LIN), false));
    String[] linElsewhere = LIN.clone();
    linElsewhere[0] = "3502130002";
    String[] linRenamed = LIN_MOTHER.clone();
    linRenamed[3] = "林晓涵";

    Report report = imports.importRoster(command(rows(linElsewhere, LIN_BROTHER, LIN_BROTHER.clone()), true));
    Report mixed = imports.importRoster(command(rows(LIN, linRenamed), true));

    assertThat(report.errors()).extracting(RowError::row, RowError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "OtherSchool"));
    assertThat(mixed.errors()).extracting(RowError::row, RowError::column, RowError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, Column.STUDENT_NAME, "Inconsistent"));
  }

  @Test
  void progressCountsEveryRow() {
    List<String> seen = new ArrayList<>();
    imports.importRoster(command(rows(LIN, LIN_MOTHER, LIN_BROTHER), false),
        (phase, done, total) -> seen.add(phase + " " + done + "/" + total));

    assertThat(seen).startsWith("check 1/3", "check 2/3", "check 3/3").contains("write 1/9").endsWith("write 9/9");
  }

  @Test
  void anEmptyFileIsInvalid() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> imports.importRoster(command(List.of(), true)));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows");
  }

  @Test
  void headersAreRecognisedInChineseAndEnglish() {
    assertThat(Column.ofHeader("全国学籍号")).contains(Column.NATIONAL_NUMBER);
    assertThat(Column.ofHeader("\uFEFF学校标识码")).contains(Column.SCHOOL_CODE);
    assertThat(Column.ofHeader("National Student Number")).contains(Column.NATIONAL_NUMBER);
    assertThat(Column.ofHeader("guardian_mobile")).contains(Column.GUARDIAN_MOBILE);
    assertThat(Column.ofHeader("*监护人手机号")).contains(Column.GUARDIAN_MOBILE);
    assertThat(Column.ofHeader("民族")).isEmpty();
  }
}
