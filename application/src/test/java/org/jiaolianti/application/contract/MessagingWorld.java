package org.jiaolianti.application.contract;

import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.ConversationId;
import org.jiaolianti.domain.messaging.ParticipantRole;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;

/** A class, two students and a conversation about the first, on top of a {@link ContractWorld}. */
final class MessagingWorld {

  final SchoolClass schoolClass;
  final Student student;
  final Student other;
  final Conversation conversation;

  MessagingWorld(ContractWorld world) {
    schoolClass = new SchoolClass(ClassId.newId(), XIANGAN, world.schoolA.id(), 2025, 3, 2, 0);
    student = new Student(StudentId.newId(), XIANGAN, world.schoolA.id(), schoolClass.id(), "陈小" + RARE,
        Gender.FEMALE, LocalDate.of(2017, 3, 4), null, 0);
    other = new Student(StudentId.newId(), XIANGAN, world.schoolA.id(), schoolClass.id(), "林小明",
        Gender.MALE, LocalDate.of(2017, 5, 6), null, 0);
    conversation = Conversation.open(ConversationId.newId(), XIANGAN, world.schoolA.id(), student.id(),
        "关于" + RARE + "的作业", world.userB.id(), ParticipantRole.GUARDIAN, NOW);
  }

  /** Towns, schools, the guardian and users, the class and the students (what a conversation refers to). */
  static List<Record> referenced(ContractWorld world, MessagingWorld m) {
    List<Record> all = new ArrayList<>(world.townsAndSchools());
    all.addAll(world.guardianAndUsers());
    all.add(m.schoolClass);
    all.add(m.student);
    all.add(m.other);
    return all;
  }
}
