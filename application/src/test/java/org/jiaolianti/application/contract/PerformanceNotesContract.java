package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jiaolianti.application.performance.port.out.NoteReads;
import org.jiaolianti.application.performance.port.out.PerformanceNotes;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.performance.NoteCategory;
import org.jiaolianti.domain.performance.NoteRead;
import org.jiaolianti.domain.performance.PerformanceNote;
import org.jiaolianti.domain.performance.PerformanceNoteId;
import org.jiaolianti.domain.shared.Ids;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PerformanceNotes} and {@link NoteReads}: notes are added and read back in writing
 * order; voiding changes the void fields only (with the version), a stale version is a conflict; the read audit
 * is added only. {@link #noteReads()} must use the same storage as {@link #performanceNotes()} (called after it).
 */
public abstract class PerformanceNotesContract extends PortContract<PerformanceNotes> {

  protected final MessagingWorld school = new MessagingWorld(world);

  protected abstract PerformanceNotes performanceNotes();

  protected abstract NoteReads noteReads();

  @Override
  final PerformanceNotes newPort() {
    return performanceNotes();
  }

  @Override
  final List<Record> referencedRecords() {
    return MessagingWorld.referenced(world, school);
  }

  private PerformanceNote note(String text, boolean restricted, long second) {
    return PerformanceNote.write(PerformanceNoteId.newId(), XIANGAN, world.schoolA.id(), school.student.id(),
        world.userA.id(), "王老师", LocalDate.of(2026, 3, 2), NOW.plusSeconds(second), NoteCategory.STUDY, text,
        restricted);
  }

  @Test
  void notesReadBackInWritingOrderPerStudentAndDistrict() {
    PerformanceNote second = note("课堂" + RARE + "发言积极", false, 10);
    PerformanceNote first = note("作业认真", true, 0);
    port().add(second);
    port().add(first);

    List<PerformanceNote> read = port().ofStudent(XIANGAN, school.student.id());
    assertThat(read).extracting(PerformanceNote::id).containsExactly(first.id(), second.id());
    assertSameRecord(read.get(0), first);
    assertSameRecord(read.get(1), second);
    assertThat(port().ofStudent(XIANGAN, school.other.id())).isEmpty();
    assertThat(port().ofStudent(HULI, school.student.id())).isEmpty();
    assertThat(port().byId(HULI, first.id())).isEmpty();
    assertThat(port().byId(XIANGAN, first.id())).hasValueSatisfying(n -> assertSameRecord(n, first));
  }

  @Test
  void theSameIdTwiceIsADuplicate() {
    PerformanceNote n = note("原文", false, 0);
    port().add(n);
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(n));
  }

  @Test
  void voidingKeepsTheTextAndBumpsTheVersion_aStaleVersionIsAConflict() {
    PerformanceNote n = note("原文" + RARE, true, 0);
    port().add(n);
    PerformanceNote voided = port().markVoided(n.voidedBy(world.userA.id(), "写错了学生", NOW.plusSeconds(60)));
    assertThat(voided.version()).isEqualTo(n.version() + 1);
    PerformanceNote stored = port().byId(XIANGAN, n.id()).orElseThrow();
    assertSameRecord(stored, voided);
    assertThat(stored.text()).isEqualTo("原文" + RARE);
    assertThat(stored.voidReason()).isEqualTo("写错了学生");
    assertThat(stored.voidedAt()).isEqualTo(NOW.plusSeconds(60));
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().markVoided(n.voidedBy(world.userA.id(), "再次", NOW.plusSeconds(90))));
    assertThatThrownBy(() -> port().markVoided(note("不存在", false, 0).voidedBy(world.userA.id(), "x", NOW)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theReadAuditIsAddedAndReadBackInOrder() {
    PerformanceNote n = note("记录", false, 0);
    port().add(n);
    NoteReads reads = noteReads();
    NoteRead later = new NoteRead(Ids.newId(), XIANGAN, n.id(), school.student.id(), world.userB.id(),
        NOW.plusSeconds(5));
    NoteRead earlier = new NoteRead(Ids.newId(), XIANGAN, n.id(), school.student.id(), world.userA.id(), NOW);
    reads.add(later);
    reads.add(earlier);
    List<NoteRead> read = reads.ofStudent(XIANGAN, school.student.id());
    assertThat(read).hasSize(2);
    assertSameRecord(read.get(0), earlier);
    assertSameRecord(read.get(1), later);
    assertThat(reads.ofStudent(HULI, school.student.id())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> reads.add(earlier));
  }

  @Test
  void thePortsHaveNoWayToChangeTheTextOrRemoveANoteOrARead() {
    assertThat(Arrays.stream(PerformanceNotes.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "byId", "ofStudent", "markVoided");
    assertThat(Arrays.stream(NoteReads.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("add", "ofStudent");
  }
}
