package org.jiaolianti.application.people.port.in;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.ProfileReader;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;

/**
 * A student's full profile (name, birth, school, class, guardians), read with need to know: the class teachers of
 * the student's class, the leaders and counsellors of the student's school, the student's own guardians. Anyone
 * else permitted to read profiles at all gets a not-found (as for an unknown id); a role that never reads profiles
 * (the bureau reads aggregates only) a forbidden. Every read writes an audit event, refused ones too.
 *
 * <p>中文：学生完整档案（需知即用，全程留痕）。依据：五(二)
 */
public interface StudentProfileUseCase {

  /** The profile of {@code studentId} as {@code actor} may see it; audited (subject STUDENT, action READ). */
  Profile get(Actor actor, String studentId);

  /** The profile: the student, the class (if any), the school's name, the guardians, and who read it. */
  record Profile(Student student, SchoolClass schoolClass, String schoolName, List<LinkedGuardian> guardians,
      ProfileReader reader) {
    public Profile {
      requireNonNull(student, "student");
      requireNonNull(schoolName, "schoolName");
      guardians = List.copyOf(guardians);
      requireNonNull(reader, "reader");
    }
  }

  /** A guardian of the student and how they are related. */
  record LinkedGuardian(Guardian guardian, GuardianRelation relation) {
    public LinkedGuardian {
      requireNonNull(guardian, "guardian");
      requireNonNull(relation, "relation");
    }
  }
}
