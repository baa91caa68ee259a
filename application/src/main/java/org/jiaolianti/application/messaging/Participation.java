package org.jiaolianti.application.messaging;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.messaging.ConversationRules;
import org.jiaolianti.domain.messaging.ParticipantRole;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.shared.Ids;

/** What an actor's roles today make them in conversations: their guardian record, classes and schools. */
final class Participation {

  private Participation() {}

  /** The actor's guardian record, if they hold the GUARDIAN role today. */
  static GuardianId guardian(Actor actor) {
    return actor.has(Role.GUARDIAN) ? actor.user().linkedGuardian().orElse(null) : null;
  }

  static Set<ClassId> taughtClasses(Actor actor) {
    return actor.scopesOf(Role.TEACHER).stream().filter(s -> s.type() == ScopeType.CLASSES).map(Scope::reference)
        .filter(Participation::wellFormed).map(ClassId::of).collect(Collectors.toSet());
  }

  static Set<SchoolId> administeredSchools(Actor actor) {
    return actor.scopesOf(Role.SCHOOL_ADMIN).stream().filter(s -> s.type() == ScopeType.SCHOOL).map(Scope::reference)
        .filter(Participation::wellFormed).map(SchoolId::of).collect(Collectors.toSet());
  }

  static Optional<ParticipantRole> in(Actor actor, Student student, Roster roster) {
    Set<GuardianId> guardians = roster.linksOfStudent(student.district(), student.id()).stream()
        .map(GuardianLink::guardian).collect(Collectors.toSet());
    return ConversationRules.participation(student, guardian(actor), guardians, taughtClasses(actor),
        administeredSchools(actor));
  }

  private static boolean wellFormed(String reference) {
    try {
      Ids.check(reference, "id");
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }
}
