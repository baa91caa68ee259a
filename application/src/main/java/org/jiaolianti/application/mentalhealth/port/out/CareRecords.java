package org.jiaolianti.application.mentalhealth.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.CareRecordId;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Observations and interventions of mental-health files (五(二)2), stored as given (note and plan sealed by the
 * application). Nothing is deleted; a record changes only by {@link #update} (its follow-up done; optimistic: a
 * stale version is a conflict). Lists are ordered by the record's day, then time of recording, then id.
 *
 * <p>中文：观察与干预记录存储。依据：五(二)2
 */
public interface CareRecords {

  /** @throws org.jiaolianti.application.shared.ConflictException if the id is taken */
  void add(CareRecord record);

  Optional<CareRecord> byId(DistrictCode district, CareRecordId id);

  List<CareRecord> ofFile(DistrictCode district, MentalHealthFileId file);

  /** The records of the district whose follow-up is planned and not done (for the overdue list). */
  List<CareRecord> openFollowUps(DistrictCode district);

  /** Stores the follow-up (done by, at) of a record read at its version; returns it with the next version. */
  CareRecord update(CareRecord record);
}
