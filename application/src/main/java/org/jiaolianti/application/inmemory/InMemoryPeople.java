package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.NationalStudentNumber;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/** In-memory adapters of the people ports. */
public final class InMemoryPeople {

  private InMemoryPeople() {}

  /** Users in memory. */
  public static final class InMemoryUsers implements Users {
    private final VersionedStore<User> store = new VersionedStore<>("user",
        u -> VersionedStore.key(u.district(), u.id()), User::version,
        (u, v) -> new User(u.id(), u.district(), u.username(), u.displayName(), u.guardian(), u.active(), v));

    @Override
    public synchronized void add(User user) {
      if (byUsername(user.username()).isPresent()) {
        throw ConflictException.duplicate("username", user.username());
      }
      store.add(user);
    }

    @Override
    public User update(User user) {
      return store.update(user);
    }

    @Override
    public Optional<User> byId(DistrictCode district, UserId id) {
      return store.get(district, id);
    }

    @Override
    public Optional<User> byUsername(String username) {
      return store.findFirst(u -> u.username().equals(username));
    }

    @Override
    public List<User> all(DistrictCode district) {
      return store.find(u -> u.district().equals(district), Comparator.comparing(User::username));
    }
  }

  /** Role assignments in memory. */
  public static final class InMemoryRoleAssignments implements RoleAssignments {
    private final VersionedStore<RoleAssignment> store = new VersionedStore<>("role assignment",
        a -> VersionedStore.key(a.district(), a.id()), RoleAssignment::version,
        (a, v) -> new RoleAssignment(a.id(), a.district(), a.user(), a.role(), a.scope(), a.period(), a.revocation(), v));

    @Override
    public void add(RoleAssignment assignment) {
      store.add(assignment);
    }

    @Override
    public RoleAssignment update(RoleAssignment assignment) {
      return store.update(assignment);
    }

    @Override
    public Optional<RoleAssignment> byId(DistrictCode district, RoleAssignmentId id) {
      return store.get(district, id);
    }

    @Override
    public List<RoleAssignment> ofUser(DistrictCode district, UserId user) {
      return store.find(a -> a.district().equals(district) && a.user().equals(user),
          Comparator.comparing((RoleAssignment a) -> a.period().validFrom()).thenComparing(a -> a.id().value()));
    }
  }

  /** Classes, students, guardians and links in memory. */
  public static final class InMemoryRoster implements Roster {
    private final VersionedStore<SchoolClass> classes = new VersionedStore<>("class",
        c -> VersionedStore.key(c.district(), c.id()), SchoolClass::version, (c, v) -> c);
    private final VersionedStore<Student> students = new VersionedStore<>("student",
        s -> VersionedStore.key(s.district(), s.id()), Student::version, (s, v) -> s);
    private final VersionedStore<Guardian> guardians = new VersionedStore<>("guardian",
        g -> VersionedStore.key(g.district(), g.id()), Guardian::version, (g, v) -> g);
    private final VersionedStore<GuardianLink> links = new VersionedStore<>("guardian link",
        l -> VersionedStore.key(l.district(), l.guardian() + "/" + l.student()), l -> 0, (l, v) -> l);

    @Override
    public synchronized void addClass(SchoolClass c) {
      boolean duplicate = classes.findFirst(x -> x.district().equals(c.district()) && x.school().equals(c.school())
          && x.schoolYear() == c.schoolYear() && x.grade() == c.grade() && x.number() == c.number()).isPresent();
      if (duplicate) {
        throw ConflictException.duplicate("class", c.schoolYear() + "/" + c.grade() + "/" + c.number());
      }
      classes.add(c);
    }

    @Override
    public Optional<SchoolClass> classById(DistrictCode district, ClassId id) {
      return classes.get(district, id);
    }

    @Override
    public List<SchoolClass> classesOf(DistrictCode district, SchoolId school) {
      return classes.find(c -> c.district().equals(district) && c.school().equals(school),
          Comparator.comparingInt(SchoolClass::schoolYear).thenComparingInt(SchoolClass::grade)
              .thenComparingInt(SchoolClass::number));
    }

    @Override
    public synchronized void addStudent(Student student) {
      if (student.nationalNumber() != null
          && studentByNationalNumber(student.district(), student.nationalNumber()).isPresent()) {
        throw ConflictException.duplicate("nationalNumber", student.nationalNumber().masked());
      }
      students.add(student);
    }

    @Override
    public Optional<Student> studentById(DistrictCode district, StudentId id) {
      return students.get(district, id);
    }

    @Override
    public Optional<Student> studentByNationalNumber(DistrictCode district, NationalStudentNumber number) {
      return students.findFirst(s -> s.district().equals(district) && number.equals(s.nationalNumber()));
    }

    @Override
    public List<Student> studentsOf(DistrictCode district, SchoolId school) {
      return students.find(s -> s.district().equals(district) && s.school().equals(school),
          Comparator.comparing(Student::name).thenComparing(s -> s.id().value()));
    }

    @Override
    public void addGuardian(Guardian guardian) {
      guardians.add(guardian);
    }

    @Override
    public Optional<Guardian> guardianById(DistrictCode district, GuardianId id) {
      return guardians.get(district, id);
    }

    @Override
    public List<Guardian> guardiansWithMobile(DistrictCode district, MobileNumber mobile) {
      return guardians.find(g -> g.district().equals(district) && g.mobile().equals(mobile),
          Comparator.comparing(g -> g.id().value()));
    }

    @Override
    public void link(GuardianLink link) {
      links.add(link);
    }

    @Override
    public List<GuardianLink> linksOfGuardian(DistrictCode district, GuardianId guardian) {
      return links.find(l -> l.district().equals(district) && l.guardian().equals(guardian),
          Comparator.comparing(l -> l.student().value()));
    }

    @Override
    public List<GuardianLink> linksOfStudent(DistrictCode district, StudentId student) {
      return links.find(l -> l.district().equals(district) && l.student().equals(student),
          Comparator.comparing(l -> l.guardian().value()));
    }

    @Override
    public List<Student> studentsInDistrict(DistrictCode district) {
      return students.find(s -> s.district().equals(district), Comparator.comparing(s -> s.id().value()));
    }

    @Override
    public List<GuardianLink> linksInDistrict(DistrictCode district) {
      return links.find(l -> l.district().equals(district),
          Comparator.comparing((GuardianLink l) -> l.student().value()).thenComparing(l -> l.guardian().value()));
    }

    @Override
    public List<GuardianLink> linksOfStudentsOf(DistrictCode district, SchoolId school) {
      Set<StudentId> ofSchool = new HashSet<>();
      students.find(s -> s.district().equals(district) && s.school().equals(school), Comparator.comparing(
          (Student s) -> s.id().value())).forEach(s -> ofSchool.add(s.id()));
      return links.find(l -> l.district().equals(district) && ofSchool.contains(l.student()),
          Comparator.comparing((GuardianLink l) -> l.student().value()).thenComparing(l -> l.guardian().value()));
    }
  }
}
