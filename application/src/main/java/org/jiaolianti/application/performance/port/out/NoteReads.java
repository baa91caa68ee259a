package org.jiaolianti.application.performance.port.out;

import java.util.List;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.performance.NoteRead;
import org.jiaolianti.domain.shared.DistrictCode;

/** The read audit of performance notes: added only, never changed or removed. Ordered by read time, then id. */
public interface NoteReads {

  void add(NoteRead read);

  List<NoteRead> ofStudent(DistrictCode district, StudentId student);
}
