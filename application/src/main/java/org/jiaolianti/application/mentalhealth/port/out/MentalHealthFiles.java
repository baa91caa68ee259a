package org.jiaolianti.application.mentalhealth.port.out;

import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Mental-health files (一生一档, 五(二)2), stored as given: the notes of level changes and the plans of care marks
 * arrive sealed by the application. One file per student. Nothing is deleted; a file changes only by
 * {@link #update} (optimistic: a stale version is a conflict), and its level history only grows. Lists are ordered
 * by opening time, then id.
 *
 * <p>中文：心理档案存储。依据：五(二)2
 */
public interface MentalHealthFiles {

  /** @throws org.jiaolianti.application.shared.ConflictException if the id is taken or the student has a file */
  void add(MentalHealthFile file);

  Optional<MentalHealthFile> byId(DistrictCode district, MentalHealthFileId id);

  Optional<MentalHealthFile> ofStudent(DistrictCode district, StudentId student);

  List<MentalHealthFile> ofSchool(DistrictCode district, SchoolId school);

  List<MentalHealthFile> all(DistrictCode district);

  /**
   * Stores the level (with the changes appended to the history since it was read), categories, marks and
   * counsellor of a file read at its version; returns it with the next version.
   */
  MentalHealthFile update(MentalHealthFile file);
}
