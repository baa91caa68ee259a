package org.jiaolianti.application.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.mentor.port.out.ParentMentors;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.mentor.MentorAssignment;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.ParentMentor;
import org.jiaolianti.domain.mentor.ParentMentorId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The parent-mentor port in memory. */
public final class InMemoryParentMentors implements ParentMentors {

  private static final Comparator<ParentMentor> ORDER =
      Comparator.comparing(ParentMentor::appliedAt).thenComparing(m -> m.id().value());

  private final VersionedStore<ParentMentor> store = new VersionedStore<>("parent mentor",
      m -> VersionedStore.key(m.district(), m.id()), ParentMentor::version,
      (m, v) -> new ParentMentor(m.id(), m.district(), m.school(), m.guardian(), m.applicant(), m.expertise(),
          m.status(), m.appliedAt(), m.decidedAt(), m.decidedBy(), m.decidedOn(), m.revokedAt(), m.revokedBy(),
          m.revokeReason(), v));
  private final List<MentorAssignment> assignments = new ArrayList<>();
  private final List<MentorHours> hours = new ArrayList<>();

  @Override
  public void add(ParentMentor mentor) {
    store.add(mentor);
  }

  @Override
  public Optional<ParentMentor> byId(DistrictCode district, ParentMentorId id) {
    return store.get(district, id);
  }

  @Override
  public List<ParentMentor> ofDistrict(DistrictCode district) {
    return store.find(m -> m.district().equals(district), ORDER);
  }

  @Override
  public synchronized ParentMentor update(ParentMentor mentor) {
    store.get(mentor.district(), mentor.id())
        .orElseThrow(() -> new org.jiaolianti.application.shared.NotFoundException("parent mentor", mentor.id()));
    return store.update(mentor);
  }

  @Override
  public synchronized void addAssignment(MentorAssignment a) {
    if (assignments.stream().anyMatch(x -> x.district().equals(a.district()) && x.id().equals(a.id()))) {
      throw ConflictException.duplicate("id", a.id());
    }
    assignments.add(a);
  }

  @Override
  public synchronized List<MentorAssignment> assignments(DistrictCode district, ParentMentorId mentor) {
    return assignments.stream().filter(a -> a.district().equals(district) && a.mentor().equals(mentor))
        .sorted(Comparator.comparing(MentorAssignment::assignedAt).thenComparing(MentorAssignment::id)).toList();
  }

  @Override
  public synchronized void addHours(MentorHours h) {
    if (hours.stream().anyMatch(x -> x.district().equals(h.district()) && x.id().equals(h.id()))) {
      throw ConflictException.duplicate("id", h.id());
    }
    hours.add(h);
  }

  @Override
  public synchronized List<MentorHours> hours(DistrictCode district, ParentMentorId mentor) {
    return hours.stream().filter(h -> h.district().equals(district) && h.mentor().equals(mentor))
        .sorted(Comparator.comparing(MentorHours::loggedAt).thenComparing(MentorHours::id)).toList();
  }

  @Override
  public synchronized List<MentorHours> hoursBetween(DistrictCode district, java.time.LocalDate from,
      java.time.LocalDate to) {
    return hours.stream().filter(h -> h.district().equals(district) && !h.on().isBefore(from) && !h.on().isAfter(to))
        .sorted(Comparator.comparing(MentorHours::on).thenComparing(MentorHours::id)).toList();
  }
}
