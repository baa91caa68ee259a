package org.jiaolianti.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.NationalStudentNumber;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Roster} on tables {@code school_class}, {@code student}, {@code guardian} and
 * {@code guardian_link} (minors' personal information: who may read it is decided in the application
 * layer, which calls this port).
 */
public final class JdbcRoster implements Roster {

  private final JdbcSession session;

  JdbcRoster(JdbcSession session) {
    this.session = session;
  }

  @Override
  public void addClass(SchoolClass c) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO school_class (district_code, id, school_id,"
            + " school_year, grade, class_number, version, created_at, created_by)"
            + " VALUES (:d, :id, :school, :year, :grade, :number, :version, :now, :actor)")
        .bind("d", c.district().value()).bind("id", c.id().value()).bind("school", c.school().value())
        .bind("year", c.schoolYear()).bind("grade", c.grade()).bind("number", c.number()).bind("version", c.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("class", c.schoolYear() + "/" + c.grade() + "/" + c.number()));
  }

  @Override
  public Optional<SchoolClass> classById(DistrictCode district, ClassId id) {
    return session.call(h -> h.createQuery("SELECT * FROM school_class WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> schoolClass(rs)).findOne());
  }

  @Override
  public List<SchoolClass> classesOf(DistrictCode district, SchoolId school) {
    return session.call(h -> h.createQuery("SELECT * FROM school_class WHERE district_code = :d AND school_id = :school"
            + " ORDER BY school_year, grade, class_number")
        .bind("d", district.value()).bind("school", school.value()).map((rs, ctx) -> schoolClass(rs)).list());
  }

  private static SchoolClass schoolClass(ResultSet rs) throws SQLException {
    return new SchoolClass(ClassId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), rs.getInt("school_year"), rs.getInt("grade"), rs.getInt("class_number"),
        rs.getLong("version"));
  }

  @Override
  public void addStudent(Student s) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO student (district_code, id, school_id, class_id, name,"
            + " gender, birth_date, national_number, version, created_at, created_by)"
            + " VALUES (:d, :id, :school, :class, :name, :gender, :birthDate, :number, :version, :now, :actor)")
        .bind("d", s.district().value()).bind("id", s.id().value()).bind("school", s.school().value())
        .bind("class", s.schoolClass() == null ? null : s.schoolClass().value()).bind("name", s.name())
        .bind("gender", s.gender().name()).bind("birthDate", Sql.date(s.birthDate()))
        .bind("number", s.nationalNumber() == null ? null : s.nationalNumber().value()).bind("version", s.version())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> s.nationalNumber() == null ? ConflictException.duplicate("id", s.id().value())
            : ConflictException.duplicate("nationalNumber", s.nationalNumber().masked()));
  }

  @Override
  public Optional<Student> studentById(DistrictCode district, StudentId id) {
    return session.call(h -> h.createQuery("SELECT * FROM student WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value()).map((rs, ctx) -> student(rs)).findOne());
  }

  @Override
  public Optional<Student> studentByNationalNumber(DistrictCode district, NationalStudentNumber number) {
    return session.call(h -> h.createQuery("SELECT * FROM student WHERE district_code = :d AND national_number = :number")
        .bind("d", district.value()).bind("number", number.value()).map((rs, ctx) -> student(rs)).findOne());
  }

  /** Ordered by name in Java, not SQL, so that both databases (and their collations) give the same order. */
  @Override
  public List<Student> studentsOf(DistrictCode district, SchoolId school) {
    return session.call(h -> h.createQuery("SELECT * FROM student WHERE district_code = :d AND school_id = :school")
        .bind("d", district.value()).bind("school", school.value()).map((rs, ctx) -> student(rs)).list())
        .stream().sorted(Comparator.comparing(Student::name).thenComparing(s -> s.id().value())).toList();
  }

  private static Student student(ResultSet rs) throws SQLException {
    return new Student(StudentId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        SchoolId.of(rs.getString("school_id")), Sql.nullable(rs.getString("class_id"), ClassId::of), rs.getString("name"),
        Gender.valueOf(rs.getString("gender")), Sql.date(rs, "birth_date"),
        Sql.nullable(rs.getString("national_number"), NationalStudentNumber::new), rs.getLong("version"));
  }

  @Override
  public void addGuardian(Guardian g) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO guardian (district_code, id, name, mobile, version,"
            + " created_at, created_by, changed_at, changed_by) VALUES (:d, :id, :name, :mobile, :version, :now, :actor,"
            + " :now, :actor)")
        .bind("d", g.district().value()).bind("id", g.id().value()).bind("name", g.name())
        .bind("mobile", g.mobile().value()).bind("version", g.version()).bind("now", Sql.instant(session.now()))
        .bind("actor", session.actor()).execute()), () -> ConflictException.duplicate("id", g.id().value()));
  }

  @Override
  public Optional<Guardian> guardianById(DistrictCode district, GuardianId id) {
    return session.call(h -> h.createQuery("SELECT * FROM guardian WHERE district_code = :d AND id = :id")
        .bind("d", district.value()).bind("id", id.value())
        .map((rs, ctx) -> new Guardian(GuardianId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
            rs.getString("name"), MobileNumber.of(rs.getString("mobile")), rs.getLong("version")))
        .findOne());
  }

  @Override
  public List<Guardian> guardiansWithMobile(DistrictCode district, MobileNumber mobile) {
    return session.call(h -> h.createQuery("SELECT * FROM guardian WHERE district_code = :d AND mobile = :mobile"
            + " ORDER BY id")
        .bind("d", district.value()).bind("mobile", mobile.value()).map((rs, ctx) -> guardian(rs)).list());
  }

  private static Guardian guardian(ResultSet rs) throws SQLException {
    return new Guardian(GuardianId.of(rs.getString("id")), DistrictCode.of(rs.getString("district_code")),
        rs.getString("name"), MobileNumber.of(rs.getString("mobile")), rs.getLong("version"));
  }

  @Override
  public void link(GuardianLink link) {
    Sql.unique(() -> session.run(h -> h.createUpdate("INSERT INTO guardian_link (district_code, guardian_id, student_id,"
            + " relation, created_at, created_by) VALUES (:d, :guardian, :student, :relation, :now, :actor)")
        .bind("d", link.district().value()).bind("guardian", link.guardian().value())
        .bind("student", link.student().value()).bind("relation", link.relation().name())
        .bind("now", Sql.instant(session.now())).bind("actor", session.actor()).execute()),
        () -> ConflictException.duplicate("guardian link", link.guardian().value() + "/" + link.student().value()));
  }

  @Override
  public List<GuardianLink> linksOfGuardian(DistrictCode district, GuardianId guardian) {
    return session.call(h -> h.createQuery("SELECT * FROM guardian_link WHERE district_code = :d"
            + " AND guardian_id = :guardian")
        .bind("d", district.value()).bind("guardian", guardian.value()).map((rs, ctx) -> link(rs)).list())
        .stream().sorted(Comparator.comparing(l -> l.student().value())).toList();
  }

  @Override
  public List<GuardianLink> linksOfStudent(DistrictCode district, StudentId student) {
    return session.call(h -> h.createQuery("SELECT * FROM guardian_link WHERE district_code = :d"
            + " AND student_id = :student")
        .bind("d", district.value()).bind("student", student.value()).map((rs, ctx) -> link(rs)).list())
        .stream().sorted(Comparator.comparing(l -> l.guardian().value())).toList();
  }

  @Override
  public List<Student> studentsInDistrict(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM student WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> student(rs)).list())
        .stream().sorted(Comparator.comparing(s -> s.id().value())).toList();
  }

  @Override
  public java.util.Map<SchoolId, Long> enrolledPerSchool(DistrictCode district) {
    java.util.Map<SchoolId, Long> counts = new java.util.HashMap<>();
    session.run(h -> h.createQuery("SELECT school_id, COUNT(*) AS n FROM student WHERE district_code = :d"
            + " GROUP BY school_id")
        .bind("d", district.value())
        .map((rs, ctx) -> java.util.Map.entry(SchoolId.of(rs.getString("school_id")), rs.getLong("n")))
        .forEach(e -> counts.put(e.getKey(), e.getValue())));
    return counts;
  }

  @Override
  public List<GuardianLink> linksInDistrict(DistrictCode district) {
    return session.call(h -> h.createQuery("SELECT * FROM guardian_link WHERE district_code = :d")
        .bind("d", district.value()).map((rs, ctx) -> link(rs)).list())
        .stream().sorted(Comparator.comparing((GuardianLink l) -> l.student().value())
            .thenComparing(l -> l.guardian().value())).toList();
  }

  /** One query: the links joined to the school's students (ordered in Java, as elsewhere, for both databases). */
  @Override
  public List<GuardianLink> linksOfStudentsOf(DistrictCode district, SchoolId school) {
    return session.call(h -> h.createQuery("SELECT l.* FROM guardian_link l JOIN student s"
            + " ON s.district_code = l.district_code AND s.id = l.student_id"
            + " WHERE l.district_code = :d AND s.district_code = :d AND s.school_id = :school")
        .bind("d", district.value()).bind("school", school.value()).map((rs, ctx) -> link(rs)).list())
        .stream().sorted(Comparator.comparing((GuardianLink l) -> l.student().value())
            .thenComparing(l -> l.guardian().value())).toList();
  }

  private static GuardianLink link(ResultSet rs) throws SQLException {
    return new GuardianLink(DistrictCode.of(rs.getString("district_code")), GuardianId.of(rs.getString("guardian_id")),
        StudentId.of(rs.getString("student_id")), GuardianRelation.valueOf(rs.getString("relation")));
  }
}
