package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.RosterImportService;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Column;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Command;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Count;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Report;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Row;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.NationalStudentNumber;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The roster import on the JDBC storage, on H2 and on PostgreSQL: a real run is one transaction (a write
 * failing midway leaves none of the earlier ones), and a second import of the same rows creates nothing,
 * by the national student number and, for a kindergarten child without one, by name, birth date and a
 * guardian's phone.
 */
class RosterImportOnJdbcTest {

  static final DistrictCode XIANGAN = DistrictCode.of("350213");
  static final List<Column> HEADER = List.of(Column.SCHOOL_CODE, Column.GRADE, Column.CLASS_NUMBER,
      Column.STUDENT_NAME, Column.GENDER, Column.BIRTH_DATE, Column.NATIONAL_NUMBER, Column.GUARDIAN_NAME,
      Column.GUARDIAN_MOBILE, Column.RELATION);
  static final String[][] FILE = {
      {"3502130001", "三年级", "(2)班", "林小涵𠮷", "女", "2016-03-05", "G350213201603050021", "林建国", "13912345678", "父亲"},
      {"3502130001", "三年级", "(2)班", "林小涵𠮷", "女", "2016-03-05", "G350213201603050021", "陈丽", "13812345678", "母亲"},
      {"3502130001", "一年级", "1", "林小宇", "男", "2018-09-01", "G350213201809010033", "林建国", "13912345678", "父亲"},
      {"3502130003", "小班", "1", "王小宝", "男", "2022-05-01", "", "王芳", "13712345678", "母亲"},
      {"3502130003", "小班", "1", "王小宝", "男", "2022-05-01", "", "王强", "13612345678", "父亲"}};

  static Command command(boolean dryRun) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < FILE.length; i++) {
      Map<Column, String> cells = new EnumMap<>(Column.class);
      for (int c = 0; c < HEADER.size(); c++) {
        cells.put(HEADER.get(c), FILE[i][c]);
      }
      rows.add(new Row(i + 2, cells));
    }
    return new Command(XIANGAN.value(), EnumSet.copyOf(HEADER), rows, dryRun, null);
  }

  abstract static class Behaviour {
    Storage storage;
    Jiaolianti app;
    School primary;
    School kindergarten;

    abstract JdbcDatabase database();

    @BeforeEach
    void emptyStorage() {
      TestDatabases.empty(database());
      storage = JdbcStorage.create(database(), Clocks.system(), TestDatabases.SEED_FORMAT);
      app = new Jiaolianti(storage, Clocks.system()).activate(TestPolicies.xiangan());
      app.register().registerTown(new RegisterTownCommand(XIANGAN.value(), "350213001", "新店街道", TownKind.STREET));
      primary = app.register().registerSchool(new RegisterSchoolCommand(XIANGAN.value(), "3502130001", "新店中心小学",
          SchoolType.PRIMARY, "350213001", LocalDate.of(2001, 9, 1)));
      kindergarten = app.register().registerSchool(new RegisterSchoolCommand(XIANGAN.value(), "3502130003",
          "新店幼儿园", SchoolType.KINDERGARTEN, "350213001", LocalDate.of(2001, 9, 1)));
    }

    @Test
    void aRealRunWritesEverythingAndASecondRunNothing() {
      Report dry = app.rosterImport().importRoster(command(true));
      assertThat(storage.roster().studentsOf(XIANGAN, primary.id())).as("a dry run writes nothing").isEmpty();
      assertThat(dry.students()).isEqualTo(new Count(3, 0));

      Report first = app.rosterImport().importRoster(command(false));
      Report second = app.rosterImport().importRoster(command(false));

      assertThat(first.errors()).isEmpty();
      assertThat(first.links()).isEqualTo(new Count(5, 0));
      assertThat(second.classes()).isEqualTo(new Count(0, 3));
      assertThat(second.students()).isEqualTo(new Count(0, 3));
      assertThat(second.guardians()).isEqualTo(new Count(0, 4));
      assertThat(second.links()).isEqualTo(new Count(0, 5));
      assertThat(storage.roster().studentsOf(XIANGAN, primary.id())).hasSize(2);
      assertThat(storage.roster().studentsOf(XIANGAN, kindergarten.id())).singleElement()
          .satisfies(s -> assertThat(s.nationalNumber()).isNull());
      Student lin = storage.roster().studentByNationalNumber(XIANGAN, NationalStudentNumber.of("G350213201603050021"))
          .orElseThrow();
      assertThat(lin.name()).as("a character outside the BMP round-trips").isEqualTo("林小涵𠮷");
      assertThat(storage.roster().linksOfStudent(XIANGAN, lin.id())).hasSize(2);
      assertThat(storage.roster().guardiansWithMobile(XIANGAN, MobileNumber.of("13912345678"))).hasSize(1);
    }

    @Test
    void aWriteFailingMidwayLeavesNothing() {
      AtomicInteger links = new AtomicInteger();
      Roster real = storage.roster();
      Roster failing = new Roster() {
        @Override
        public void addClass(SchoolClass c) {
          real.addClass(c);
        }

        @Override
        public java.util.Optional<SchoolClass> classById(DistrictCode d, ClassId id) {
          return real.classById(d, id);
        }

        @Override
        public List<SchoolClass> classesOf(DistrictCode d, SchoolId s) {
          return real.classesOf(d, s);
        }

        @Override
        public List<Student> studentsInDistrict(DistrictCode d) {
          return real.studentsInDistrict(d);
        }

        @Override
        public List<GuardianLink> linksInDistrict(DistrictCode d) {
          return real.linksInDistrict(d);
        }

        @Override
        public void addStudent(Student s) {
          real.addStudent(s);
        }

        @Override
        public java.util.Optional<Student> studentById(DistrictCode d, StudentId id) {
          return real.studentById(d, id);
        }

        @Override
        public java.util.Optional<Student> studentByNationalNumber(DistrictCode d, NationalStudentNumber n) {
          return real.studentByNationalNumber(d, n);
        }

        @Override
        public List<Student> studentsOf(DistrictCode d, SchoolId s) {
          return real.studentsOf(d, s);
        }

        @Override
        public void addGuardian(Guardian g) {
          real.addGuardian(g);
        }

        @Override
        public java.util.Optional<Guardian> guardianById(DistrictCode d, GuardianId id) {
          return real.guardianById(d, id);
        }

        @Override
        public List<Guardian> guardiansWithMobile(DistrictCode d, MobileNumber m) {
          return real.guardiansWithMobile(d, m);
        }

        @Override
        public void link(GuardianLink link) {
          if (links.incrementAndGet() == 4) {
            throw new IllegalStateException("the database went away");
          }
          real.link(link);
        }

        @Override
        public List<GuardianLink> linksOfGuardian(DistrictCode d, GuardianId g) {
          return real.linksOfGuardian(d, g);
        }

        @Override
        public List<GuardianLink> linksOfStudent(DistrictCode d, StudentId s) {
          return real.linksOfStudent(d, s);
        }
      };
      RosterImportService imports = new RosterImportService(failing, storage.schools(), storage.transactions(),
          Clocks.system());

      assertThatThrownBy(() -> imports.importRoster(command(false))).hasMessageContaining("went away");

      assertThat(links).hasValue(4);
      assertThat(storage.roster().classesOf(XIANGAN, primary.id())).isEmpty();
      assertThat(storage.roster().studentsOf(XIANGAN, primary.id())).isEmpty();
      assertThat(storage.roster().studentsOf(XIANGAN, kindergarten.id())).isEmpty();
      assertThat(storage.roster().guardiansWithMobile(XIANGAN, MobileNumber.of("13912345678"))).isEmpty();
    }
  }

  @Nested
  class OnH2 extends Behaviour {
    @Override
    JdbcDatabase database() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OnPostgres extends Behaviour {
    @Override
    JdbcDatabase database() {
      return TestDatabases.postgres();
    }
  }
}
