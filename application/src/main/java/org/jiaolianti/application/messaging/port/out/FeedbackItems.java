package org.jiaolianti.application.messaging.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.messaging.Feedback;
import org.jiaolianti.domain.messaging.FeedbackId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Guardians' feedback items, with their (possibly anonymous) authors; updated under optimistic versioning,
 * never deleted. Lists are ordered by submission time, then id.
 */
public interface FeedbackItems {

  void add(Feedback feedback);

  Feedback update(Feedback feedback);

  Optional<Feedback> byId(DistrictCode district, FeedbackId id);

  List<Feedback> ofSchool(DistrictCode district, SchoolId school);

  List<Feedback> byAuthor(DistrictCode district, UserId author);

  List<Feedback> all(DistrictCode district);
}
