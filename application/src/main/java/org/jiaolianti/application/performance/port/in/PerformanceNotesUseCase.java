package org.jiaolianti.application.performance.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.performance.NoteCategory;
import org.jiaolianti.domain.performance.NoteRead;
import org.jiaolianti.domain.performance.PerformanceNote;

/**
 * In-school performance notes on one student (五(一)2). Written by a teacher of the student's class or a leader
 * of the student's school; read by the student's guardians (their own children only), the school's leaders and
 * staff; a restricted note's text only by the guardians, the school's leaders and its author (the others see
 * that it exists). Whoever is outside gets a not-found, as for an unknown id. Every note whose text is returned
 * is audited (who, when, which note) in the same transaction.
 *
 * <p>中文：在校表现记录。依据：五(一)2
 */
public interface PerformanceNotesUseCase {

  PerformanceNote write(Actor actor, WriteNoteCommand command);

  /** A page of the student's notes, newest first; the text of each returned note the actor may read is audited. */
  NotesPage list(Actor actor, String studentId, int offset, int limit);

  /** One note; its text, if the actor may read it, is audited. */
  SeenNote note(Actor actor, String studentId, String noteId);

  /** Voids a note (its author or a school leader); it stays, with the reason. */
  SeenNote voidNote(Actor actor, VoidNoteCommand command);

  /** Who read which note of the student when (AUDITOR), oldest first. */
  List<NoteRead> readAudit(Actor actor, String studentId);

  record WriteNoteCommand(
      @RecordId String studentId,
      @NotNull NoteCategory category,
      @NotBlank @Size(max = PerformanceNote.MAX_TEXT) String text,
      boolean restricted) {}

  record VoidNoteCommand(
      @RecordId String studentId,
      @RecordId String noteId,
      @NotBlank @Size(max = PerformanceNote.MAX_REASON) String reason) {}

  /** A note as the actor sees it: {@code withText} false means only its existence (id, date, category). */
  record SeenNote(PerformanceNote note, boolean withText) {}

  record NotesPage(List<SeenNote> items, long total) {}
}
