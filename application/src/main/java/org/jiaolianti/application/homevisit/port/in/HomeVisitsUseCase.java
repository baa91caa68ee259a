package org.jiaolianti.application.homevisit.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.homevisit.HomeVisit;
import org.jiaolianti.domain.homevisit.HomeVisitRules;
import org.jiaolianti.domain.homevisit.VisitMode;

/**
 * Home visits (家访, 五(一)3). A class teacher of the student or a leader of the student's school records a visit
 * (they are among its visitors). The note, topics and concern flag are shown only to the visitors, the student's
 * class teachers and the school's leaders; a guardian of the student sees that a visit happened, when and how.
 * Anyone else gets a not-found, as for an unknown id. Recording and every read of one visit write an audit event,
 * refused attempts too (outcome DENIED).
 *
 * <p>中文：家访记录。依据：五(一)3
 */
public interface HomeVisitsUseCase {

  SeenVisit record(Actor actor, RecordVisitCommand command);

  /** The visits the actor may see, newest first; of one student if {@code studentId} is given. Never the notes. */
  VisitsPage list(Actor actor, String studentId, int offset, int limit);

  /** One visit, with its note if the actor has need to know; audited. */
  SeenVisit get(Actor actor, String visitId);

  /**
   * @param visitorIds the other staff who visited (user ids); the recorder is always a visitor
   */
  record RecordVisitCommand(
      @RecordId String studentId,
      @NotNull LocalDate visitedOn,
      @NotNull VisitMode mode,
      @Size(max = HomeVisit.MAX_VISITORS - 1) List<@RecordId String> visitorIds,
      @Size(max = HomeVisit.MAX_TOPICS) List<@NotNull @Size(min = 1, max = HomeVisit.MAX_TOPIC) String> topics,
      @Size(max = HomeVisit.MAX_NOTE) String note,
      boolean flagsConcern) {}

  /**
   * A visit as one reader sees it.
   *
   * @param note the decrypted note, or null if none or not shown
   * @param full whether the reader sees the note, topics and concern flag (not a guardian)
   */
  record SeenVisit(HomeVisit visit, HomeVisitRules.Capacity capacity, boolean full, String note) {}

  record VisitsPage(List<SeenVisit> items, long total) {}
}
