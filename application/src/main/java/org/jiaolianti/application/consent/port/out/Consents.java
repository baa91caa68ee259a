package org.jiaolianti.application.consent.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Consents of students. Nothing is deleted; the only change is a revocation by {@link #update} (optimistic: a stale
 * version is a conflict). Lists are ordered by time of recording, then id.
 */
public interface Consents {

  void add(Consent consent);

  Optional<Consent> byId(DistrictCode district, ConsentId id);

  /** Every consent of {@code student} (in force or revoked). */
  List<Consent> ofStudent(DistrictCode district, StudentId student);

  /** Stores {@code consent}'s revocation (read at {@code consent.version()}); returns it with the next version. */
  Consent update(Consent consent);
}
