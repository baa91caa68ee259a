package org.jiaolianti.application.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.application.performance.port.out.NoteReads;
import org.jiaolianti.application.performance.port.out.PerformanceNotes;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.performance.NoteRead;
import org.jiaolianti.domain.performance.PerformanceNote;
import org.jiaolianti.domain.performance.PerformanceNoteId;
import org.jiaolianti.domain.shared.DistrictCode;

/** The performance-note ports in memory. */
public final class InMemoryPerformanceNotes implements PerformanceNotes {

  private static final Comparator<PerformanceNote> ORDER =
      Comparator.comparing(PerformanceNote::writtenAt).thenComparing(n -> n.id().value());

  private final VersionedStore<PerformanceNote> store = new VersionedStore<>("performance note",
      n -> VersionedStore.key(n.district(), n.id()), PerformanceNote::version,
      (n, v) -> new PerformanceNote(n.id(), n.district(), n.school(), n.student(), n.author(), n.authorName(),
          n.writtenOn(), n.writtenAt(), n.category(), n.text(), n.restricted(), n.voidedAt(), n.voidedBy(),
          n.voidReason(), v));

  @Override
  public void add(PerformanceNote note) {
    store.add(note);
  }

  @Override
  public Optional<PerformanceNote> byId(DistrictCode district, PerformanceNoteId id) {
    return store.get(district, id);
  }

  @Override
  public List<PerformanceNote> ofStudent(DistrictCode district, StudentId student) {
    return store.find(n -> n.district().equals(district) && n.student().equals(student), ORDER);
  }

  @Override
  public synchronized PerformanceNote markVoided(PerformanceNote note) {
    if (!note.voided()) {
      throw new IllegalArgumentException("the note is not voided");
    }
    PerformanceNote stored = store.get(note.district(), note.id())
        .orElseThrow(() -> new org.jiaolianti.application.shared.NotFoundException("performance note", note.id()));
    // only the void fields change: the text and everything else stay as stored
    return store.update(new PerformanceNote(stored.id(), stored.district(), stored.school(), stored.student(),
        stored.author(), stored.authorName(), stored.writtenOn(), stored.writtenAt(), stored.category(),
        stored.text(), stored.restricted(), note.voidedAt(), note.voidedBy(), note.voidReason(), note.version()));
  }

  /** The read audit in memory: added only. */
  public static final class InMemoryNoteReads implements NoteReads {
    private final List<NoteRead> reads = new ArrayList<>();

    @Override
    public synchronized void add(NoteRead read) {
      if (reads.stream().anyMatch(r -> r.district().equals(read.district()) && r.id().equals(read.id()))) {
        throw ConflictException.duplicate("id", read.id());
      }
      reads.add(read);
    }

    @Override
    public synchronized List<NoteRead> ofStudent(DistrictCode district, StudentId student) {
      return reads.stream().filter(r -> r.district().equals(district) && r.student().equals(student))
          .sorted(Comparator.comparing(NoteRead::readAt).thenComparing(NoteRead::id)).toList();
    }
  }
}
