package org.jiaolianti.application.messaging.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.ConversationId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Conversations about students; kept for good (never deleted). Lists are ordered by opening time, then id. */
public interface Conversations {

  void add(Conversation conversation);

  Optional<Conversation> byId(DistrictCode district, ConversationId id);

  List<Conversation> aboutStudents(DistrictCode district, Collection<StudentId> students);

  List<Conversation> ofSchool(DistrictCode district, SchoolId school);
}
