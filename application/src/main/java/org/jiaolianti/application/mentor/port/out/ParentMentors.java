package org.jiaolianti.application.mentor.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentor.MentorAssignment;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.ParentMentor;
import org.jiaolianti.domain.mentor.ParentMentorId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Parent mentors with their assignments and hours. Nothing is deleted; a mentor's status changes by
 * {@link #update} (optimistic: a stale version is a conflict); assignments and hours are added only. Lists are
 * ordered by time of application (assignment, logging), then id.
 */
public interface ParentMentors {

  void add(ParentMentor mentor);

  Optional<ParentMentor> byId(DistrictCode district, ParentMentorId id);

  List<ParentMentor> ofDistrict(DistrictCode district);

  /** Stores {@code mentor}'s new status (read at {@code mentor.version()}); returns it with the next version. */
  ParentMentor update(ParentMentor mentor);

  void addAssignment(MentorAssignment assignment);

  List<MentorAssignment> assignments(DistrictCode district, ParentMentorId mentor);

  void addHours(MentorHours hours);

  List<MentorHours> hours(DistrictCode district, ParentMentorId mentor);

  /** Every mentor's hours logged for days in {@code [from, to]} (inclusive), by day then id (for reports). */
  List<MentorHours> hoursBetween(DistrictCode district, LocalDate from, LocalDate to);
}
