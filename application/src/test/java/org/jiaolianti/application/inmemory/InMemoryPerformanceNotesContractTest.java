package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.contract.PerformanceNotesContract;
import org.jiaolianti.application.performance.port.out.NoteReads;
import org.jiaolianti.application.performance.port.out.PerformanceNotes;

/** The in-memory performance-note ports against their contract. */
class InMemoryPerformanceNotesContractTest extends PerformanceNotesContract {

  private final InMemoryPerformanceNotes.InMemoryNoteReads reads = new InMemoryPerformanceNotes.InMemoryNoteReads();

  @Override
  protected PerformanceNotes performanceNotes() {
    return new InMemoryPerformanceNotes();
  }

  @Override
  protected NoteReads noteReads() {
    return reads;
  }
}
