package org.jiaolianti.adapters.rest.performance;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.performance.port.in.PerformanceNotesUseCase;
import org.jiaolianti.application.performance.port.in.PerformanceNotesUseCase.NotesPage;
import org.jiaolianti.application.performance.port.in.PerformanceNotesUseCase.SeenNote;
import org.jiaolianti.application.performance.port.in.PerformanceNotesUseCase.VoidNoteCommand;
import org.jiaolianti.application.performance.port.in.PerformanceNotesUseCase.WriteNoteCommand;
import org.jiaolianti.domain.performance.NoteCategory;
import org.jiaolianti.domain.performance.NoteRead;
import org.jiaolianti.domain.performance.PerformanceNote;

/**
 * In-school performance notes on one student (五(一)2). Notes are never edited (no PUT, PATCH or DELETE: 405);
 * a correction is a new note, a wrong note is voided with a reason (kept). A restricted note shows only
 * {@code {id, writtenOn, category, restricted}} to staff without need. Every note returned with its text is
 * recorded in the read audit ({@code GET …/audit}, AUDITOR).
 */
@Path("/api/v1/students/{studentId}/performance-notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "performance-notes", description = "在校表现记录 — in-school performance notes by teachers")
public final class PerformanceNoteResource {

  private final PerformanceNotesUseCase notes;

  public PerformanceNoteResource(PerformanceNotesUseCase notes) {
    this.notes = requireNonNull(notes, "notes");
  }

  /** The body of {@code POST …/performance-notes}. */
  public record WriteNoteRequest(
      @NotNull NoteCategory category,
      @NotBlank @Size(max = PerformanceNote.MAX_TEXT) String text,
      Boolean restricted) {}

  /** The body of {@code POST …/performance-notes/{noteId}/void}. */
  public record VoidNoteRequest(@NotBlank @Size(max = PerformanceNote.MAX_REASON) String reason) {}

  /** A note with its text (the caller has need, or it is not restricted). */
  public record NoteView(String id, String studentId, String schoolId, String authorId, String authorName,
      LocalDate writtenOn, Instant writtenAt, String category, String categoryLabel, String text, boolean restricted,
      boolean voided, Instant voidedAt, String voidedBy, String voidReason, String clause) {
    static NoteView of(PerformanceNote n, Language lang) {
      return new NoteView(n.id().value(), n.student().value(), n.school().value(), n.author().value(),
          n.authorName(), n.writtenOn(), n.writtenAt(), n.category().name(), lang.pick(n.category().label()), n.text(),
          n.restricted(), n.voided(), n.voidedAt(), n.voidedBy() == null ? null : n.voidedBy().value(),
          n.voidReason(), "五(一)2");
    }
  }

  /** A restricted note seen without need: that it exists, not what it says. */
  public record RestrictedNoteView(String id, LocalDate writtenOn, String category, boolean restricted) {
    static RestrictedNoteView of(PerformanceNote n) {
      return new RestrictedNoteView(n.id().value(), n.writtenOn(), n.category().name(), true);
    }
  }

  /** One read of a note's text. */
  public record NoteReadView(String id, String noteId, String studentId, String readerId, Instant readAt) {
    static NoteReadView of(NoteRead r) {
      return new NoteReadView(r.id(), r.note().value(), r.student().value(), r.reader().value(), r.readAt());
    }
  }

  private static Object view(SeenNote seen, Language lang) {
    return seen.withText() ? NoteView.of(seen.note(), lang) : RestrictedNoteView.of(seen.note());
  }

  @GET
  @Operation(summary = "The student's notes, newest first (guardians: own children only; a restricted note without "
      + "its text for staff without need); each note returned with its text is audited", responses = {
          @ApiResponse(responseCode = "200", description = "a page of notes"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads performance notes"),
          @ApiResponse(responseCode = "404", description = "no such student among the caller's children or school")})
  public Page<Object> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("studentId") String studentId, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    NotesPage page = notes.list(ActorPrincipal.of(sc), studentId, paging.offset(), paging.limit());
    Language lang = Language.of(headers);
    return new Page<>(page.items().stream().map(s -> view(s, lang)).toList(), page.total(), paging.limit(),
        paging.offset());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Writes a note (a teacher of the student's class, or a leader of the student's school)",
      responses = {
          @ApiResponse(responseCode = "201", description = "written; Location names the note"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller writes performance notes"),
          @ApiResponse(responseCode = "404", description = "no such student in the caller's classes or school"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response write(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("studentId") String studentId, @Valid @NotNull WriteNoteRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    PerformanceNote n = notes.write(actor, new WriteNoteCommand(studentId, body.category(), body.text(),
        Boolean.TRUE.equals(body.restricted())));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/students/{studentId}/performance-notes/{id}")
        .build(n.student().value(), n.id().value())).entity(NoteView.of(n, Language.of(headers))).build();
  }

  @GET
  @Path("audit")
  @Operation(summary = "Who read which of the student's notes when (AUDITOR), oldest first", responses = {
      @ApiResponse(responseCode = "200", description = "a page of reads"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not read the read audit"),
      @ApiResponse(responseCode = "404", description = "no such student")})
  public Page<NoteReadView> audit(@Context SecurityContext sc, @PathParam("studentId") String studentId,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(notes.readAudit(ActorPrincipal.of(sc), studentId), paging, NoteReadView::of);
  }

  @GET
  @Path("{noteId}")
  @Operation(summary = "One note (audited if returned with its text); it cannot be changed or deleted: PUT, PATCH "
      + "and DELETE answer 405", responses = {
          @ApiResponse(responseCode = "200", description = "the note, or only that it exists if restricted"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads performance notes"),
          @ApiResponse(responseCode = "404", description = "no such note of a student the caller may see")})
  public Object get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("studentId") String studentId,
      @PathParam("noteId") String noteId) {
    return view(notes.note(ActorPrincipal.of(sc), studentId, noteId), Language.of(headers));
  }

  @POST
  @Path("{noteId}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Voids a note with a reason (its author or a school leader); the note and reason are kept",
      responses = {
          @ApiResponse(responseCode = "200", description = "the voided note"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller writes performance notes"),
          @ApiResponse(responseCode = "404", description = "no such note of a student in the caller's classes or "
              + "school"),
          @ApiResponse(responseCode = "409", description = "the note changed meanwhile"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "already voided (NOTE_ALREADY_VOIDED) or another "
              + "teacher's note (NOTE_VOID_OWN), 五(一)2")})
  public Object voidNote(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("studentId") String studentId, @PathParam("noteId") String noteId,
      @Valid @NotNull VoidNoteRequest body) {
    return view(notes.voidNote(ActorPrincipal.of(sc), new VoidNoteCommand(studentId, noteId, body.reason())),
        Language.of(headers));
  }
}
