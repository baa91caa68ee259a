package org.jiaolianti.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.CareRecordId;
import org.jiaolianti.domain.mentalhealth.MentalHealthFile;
import org.jiaolianti.domain.mentalhealth.MentalHealthFileId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.shared.DistrictCode;

/** Mental-health files in memory (texts as sealed by the application); one per student. */
public final class InMemoryMentalHealthFiles implements MentalHealthFiles {

  static final Comparator<MentalHealthFile> ORDER = Comparator.comparing(MentalHealthFile::openedAt)
      .thenComparing(f -> f.id().value());

  private final VersionedStore<MentalHealthFile> store = new VersionedStore<>("mental-health file",
      f -> VersionedStore.key(f.district(), f.id()), MentalHealthFile::version,
      (f, v) -> MentalHealthFile.reconstitute(f.id(), f.district(), f.school(), f.student(), f.trigger(),
          f.openedBy(), f.openedAt(), f.level(), f.categories(), f.levelHistory(), f.marks(), f.counsellor(), v));

  @Override
  public synchronized void add(MentalHealthFile file) {
    if (ofStudent(file.district(), file.student()).isPresent()) {
      throw ConflictException.duplicate("studentId", file.student().value());
    }
    store.add(file);
  }

  @Override
  public Optional<MentalHealthFile> byId(DistrictCode district, MentalHealthFileId id) {
    return store.get(district, id);
  }

  @Override
  public Optional<MentalHealthFile> ofStudent(DistrictCode district, StudentId student) {
    return store.findFirst(f -> f.district().equals(district) && f.student().equals(student));
  }

  @Override
  public List<MentalHealthFile> ofSchool(DistrictCode district, SchoolId school) {
    return store.find(f -> f.district().equals(district) && f.school().equals(school), ORDER);
  }

  @Override
  public List<MentalHealthFile> all(DistrictCode district) {
    return store.find(f -> f.district().equals(district), ORDER);
  }

  @Override
  public synchronized MentalHealthFile update(MentalHealthFile file) {
    MentalHealthFile stored = store.get(file.district(), file.id())
        .orElseThrow(() -> new NotFoundException("mental-health file", file.id()));
    int before = stored.levelHistory().size();
    if (stored.version() == file.version() && (file.levelHistory().size() < before
        || !file.levelHistory().subList(0, before).equals(stored.levelHistory()))) {
      throw new IllegalArgumentException("the level history only grows");
    }
    return store.update(file);
  }

  /** Care records in memory. */
  public static final class InMemoryCareRecords implements CareRecords {

    static final Comparator<CareRecord> ORDER = Comparator.comparing(CareRecord::on)
        .thenComparing(CareRecord::recordedAt).thenComparing(r -> r.id().value());

    private final VersionedStore<CareRecord> store = new VersionedStore<>("care record",
        r -> VersionedStore.key(r.district(), r.id()), CareRecord::version,
        (r, v) -> new CareRecord(r.id(), r.district(), r.file(), r.student(), r.kind(), r.on(), r.note(), r.plan(),
            r.followUpOn(), r.recordedBy(), r.recordedAt(), r.followedUpBy(), r.followedUpAt(), v));

    @Override
    public void add(CareRecord record) {
      store.add(record);
    }

    @Override
    public Optional<CareRecord> byId(DistrictCode district, CareRecordId id) {
      return store.get(district, id);
    }

    @Override
    public List<CareRecord> ofFile(DistrictCode district, MentalHealthFileId file) {
      return store.find(r -> r.district().equals(district) && r.file().equals(file), ORDER);
    }

    @Override
    public List<CareRecord> openFollowUps(DistrictCode district) {
      return store.find(r -> r.district().equals(district) && r.followUpOn() != null && r.followedUpAt() == null,
          ORDER);
    }

    @Override
    public synchronized CareRecord update(CareRecord record) {
      store.get(record.district(), record.id())
          .orElseThrow(() -> new NotFoundException("care record", record.id()));
      return store.update(record);
    }
  }
}
