package org.jiaolianti.adapters.rest.mentalhealth;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ApiProblem;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.AttentionFlag;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.GuardianSummary;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.OverdueFollowUp;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.SeenFile;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.SeenLevelChange;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.SeenMark;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.SeenRecord;
import org.jiaolianti.domain.mentalhealth.CareKind;
import org.jiaolianti.domain.mentalhealth.CareMark;
import org.jiaolianti.domain.mentalhealth.CareMarkEntry;
import org.jiaolianti.domain.mentalhealth.CareRecord;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.mentalhealth.LevelChange;

/**
 * Mental-health files (一生一档, 五(二)2). Who sees what is decided in the application: the file's counsellor reads
 * the decrypted notes and plans; the school's other counsellors and the district mental-health officer read levels,
 * categories, marks and record metadata (the officer the notes only through break-glass); a teacher reads only
 * {@code /attention}; a guardian only {@code /summary}; anyone else 403, another school's file 404. Texts a
 * reader may not see are absent from the JSON (never an empty string). Changes of a file need {@code If-Match}.
 * Every call is audited (refused ones too).
 */
@Path("/api/v1/mental-health-files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mental-health-files", description = "一生一档 — mental-health files (need-to-know, encrypted, audited)")
public final class MentalHealthFileResource {

  static final String CLAUSE = "五(二)2";
  private final MentalHealthFilesUseCase files;

  public MentalHealthFileResource(MentalHealthFilesUseCase files) {
    this.files = requireNonNull(files, "files");
  }

  /** The body of {@code POST /mental-health-files}. */
  public record OpenRequest(@NotBlank String studentId, @NotNull FileTrigger trigger, @NotBlank String level,
      @Size(max = 20) Set<@NotBlank String> categories, @NotBlank @Size(max = LevelChange.MAX_NOTE) String note,
      String counsellorId) {}

  /** The body of {@code POST /{id}/levels}. */
  public record LevelRequest(@NotBlank String level, @NotBlank @Size(max = LevelChange.MAX_NOTE) String note) {}

  /** The body of {@code PUT /{id}/categories}. */
  public record CategoriesRequest(@NotNull @Size(max = 20) Set<@NotBlank String> categories) {}

  /** The body of {@code PUT /{id}/marks/{mark}}. */
  public record MarkRequest(@NotBlank @Size(max = CareMarkEntry.MAX_PLAN) String plan) {}

  /** The body of {@code PUT /{id}/counsellor}. */
  public record CounsellorRequest(@NotBlank String counsellorId) {}

  /** The body of {@code POST /{id}/observations} ({@code kind} ignored) and {@code /{id}/interventions}. */
  public record RecordRequest(CareKind kind, @NotNull LocalDate on,
      @NotBlank @Size(max = CareRecord.MAX_TEXT) String note, @Size(max = CareRecord.MAX_TEXT) String plan,
      LocalDate followUpOn) {}

  public record LevelView(String from, String to, String changedBy, Instant changedAt, String note) {
    static LevelView of(SeenLevelChange c) {
      return new LevelView(c.from(), c.to(), c.by().value(), c.at(), c.note());
    }
  }

  public record MarkView(String mark, String markLabel, String markedBy, Instant markedAt, String plan) {
    static MarkView of(SeenMark m, Language lang) {
      return new MarkView(m.mark().name(), lang.pick(m.mark().label()), m.by().value(), m.at(), m.plan());
    }
  }

  /** A file as the caller reads it: {@code note}/{@code plan} fields only when {@code notesShown}. */
  public record FileView(String id, String schoolId, String studentId, String trigger, String level,
      Set<String> categories, List<LevelView> levels, List<MarkView> marks, String counsellorId, String openedBy,
      Instant openedAt, long version, String reading, boolean notesShown, String clause) {
    static FileView of(SeenFile f, Language lang) {
      return new FileView(f.id().value(), f.school().value(), f.student().value(), f.trigger().name(), f.level(),
          f.categories(), f.levels().stream().map(LevelView::of).toList(),
          f.marks().stream().map(m -> MarkView.of(m, lang)).toList(),
          f.counsellor() == null ? null : f.counsellor().value(), f.openedBy().value(), f.openedAt(), f.version(),
          f.reading().name(), f.reading().seesNotes(), CLAUSE);
    }
  }

  public record RecordView(String id, String fileId, String studentId, String kind, String kindLabel, LocalDate on,
      String note, String plan, boolean hasPlan, LocalDate followUpOn, boolean overdue, String recordedBy,
      Instant recordedAt, String followedUpBy, Instant followedUpAt, long version, String clause) {
    static RecordView of(SeenRecord r, Language lang) {
      return new RecordView(r.id().value(), r.file().value(), r.student().value(), r.kind().name(),
          lang.pick(r.kind().label()), r.on(), r.note(), r.plan(), r.hasPlan(), r.followUpOn(), r.overdue(),
          r.recordedBy().value(), r.recordedAt(), r.followedUpBy() == null ? null : r.followedUpBy().value(),
          r.followedUpAt(), r.version(), CLAUSE);
    }
  }

  /** An overdue follow-up: student, counsellor, due day and record id; never a note or plan. */
  public record OverdueView(String recordId, String fileId, String studentId, String schoolId, String counsellorId,
      String kind, LocalDate dueOn) {
    static OverdueView of(OverdueFollowUp o) {
      return new OverdueView(o.record().value(), o.file().value(), o.student().value(), o.school().value(),
          o.counsellor() == null ? null : o.counsellor().value(), o.kind().name(), o.dueOn());
    }
  }

  /** The only thing a teacher sees. */
  public record AttentionView(String studentId, String studentName, boolean needsAttention) {
    static AttentionView of(AttentionFlag f) {
      return new AttentionView(f.student().value(), f.maskedName(), true);
    }
  }

  /** A guardian's summary; {@code levelLabel} only when the seed shows it ({@code levelShown}). */
  public record SummaryView(String studentId, boolean fileExists, boolean levelShown, String levelLabel,
      String counsellorId, String counsellorName) {
    static SummaryView of(GuardianSummary s, Language lang) {
      return new SummaryView(s.student().value(), s.fileExists(), s.levelShown(),
          s.levelLabel() == null ? null : lang.pick(s.levelLabel()),
          s.counsellor() == null ? null : s.counsellor().value(), s.counsellorName());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Opens a student's file (a counsellor of the student's school; a MENTAL_HEALTH_FILE consent "
      + "in force); the note is encrypted at rest", responses = {
          @ApiResponse(responseCode = "201", description = "opened; Location names the file, ETag its version"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller opens files"),
          @ApiResponse(responseCode = "404", description = "no such student in the caller's school"),
          @ApiResponse(responseCode = "409", description = "opened at the same moment by someone else"),
          @ApiResponse(responseCode = "422", description = "no consent (CONSENT_MISSING_MENTAL_HEALTH_FILE), one file "
              + "per student (FILE_ONE_PER_STUDENT), LEVEL_UNKNOWN, CATEGORY_UNKNOWN; 五(二)2")})
  public Response open(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull OpenRequest body) {
    SeenFile f = files.open(ActorPrincipal.of(sc), new MentalHealthFilesUseCase.OpenCommand(body.studentId(),
        body.trigger(), body.level(), body.categories(), body.note(), body.counsellorId()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/mental-health-files/{id}").build(f.id().value()))
        .tag(ETags.of(f.version())).entity(FileView.of(f, Language.of(headers))).build();
  }

  @GET
  @Operation(summary = "The files the caller reads, by opening time (never notes); filters schoolId, level, "
      + "counsellorId", responses = {
          @ApiResponse(responseCode = "200", description = "a page of files"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads files"),
          @ApiResponse(responseCode = "404", description = "a school outside the caller's scope")})
  public Page<FileView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("schoolId") String schoolId, @QueryParam("level") String level,
      @QueryParam("counsellorId") String counsellorId, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Language lang = Language.of(headers);
    MentalHealthFilesUseCase.FilesPage page = files.list(ActorPrincipal.of(sc), new MentalHealthFilesUseCase
        .FileFilter(QueryParams.text(schoolId), QueryParams.text(level), QueryParams.text(counsellorId)),
        paging.offset(), paging.limit());
    return new Page<>(page.items().stream().map(f -> FileView.of(f, lang)).toList(), page.total(), paging.limit(),
        paging.offset());
  }

  @GET
  @Path("attention")
  @Operation(summary = "A teacher's students (of ?classId=, or of all their classes) whose file needs attention: "
      + "id, masked name and the flag, nothing else", responses = {
          @ApiResponse(responseCode = "200", description = "a page of flags"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no teacher"),
          @ApiResponse(responseCode = "404", description = "not one of the teacher's classes")})
  public Page<AttentionView> attention(@Context SecurityContext sc, @QueryParam("classId") String classId,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(files.attention(ActorPrincipal.of(sc), QueryParams.text(classId)), paging, AttentionView::of);
  }

  @GET
  @Path("summary")
  @Operation(summary = "A guardian's summary of their own child's file: whether one exists, the counsellor to "
      + "contact, the level label if the seed shows it", responses = {
          @ApiResponse(responseCode = "200", description = "the summary"),
          @ApiResponse(responseCode = "400", description = "studentId missing"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no guardian"),
          @ApiResponse(responseCode = "404", description = "not the caller's child")})
  public SummaryView summary(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("studentId") String studentId) {
    String id = QueryParams.text(studentId);
    if (id == null) {
      throw ApiProblem.badParameter("studentId", "NotBlank", "不能为空", "must not be blank");
    }
    return SummaryView.of(files.summary(ActorPrincipal.of(sc), id), Language.of(headers));
  }

  @GET
  @Path("overdue-follow-ups")
  @Operation(summary = "Open follow-ups past their day: the school's mental-health lead (own school), the file's "
      + "counsellor (caseload), the district mental-health officer (all); no notes or plans", responses = {
          @ApiResponse(responseCode = "200", description = "a page of overdue follow-ups, oldest due first"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads files"),
          @ApiResponse(responseCode = "404", description = "a school outside the caller's scope")})
  public Page<OverdueView> overdue(@Context SecurityContext sc, @QueryParam("schoolId") String schoolId,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(files.overdueFollowUps(ActorPrincipal.of(sc), QueryParams.text(schoolId)), paging,
        OverdueView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One file; notes and plans only for its counsellor or through break-glass; audited",
      responses = {
          @ApiResponse(responseCode = "200", description = "the file; ETag is its version"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads files"),
          @ApiResponse(responseCode = "404", description = "no such file the caller may see")})
  public Response get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    SeenFile f = files.get(ActorPrincipal.of(sc), id);
    return Response.ok(FileView.of(f, Language.of(headers))).tag(ETags.of(f.version())).build();
  }

  @GET
  @Path("{id}/levels")
  @Operation(summary = "The level history (who, when, why; the why only for readers of notes)", responses = {
      @ApiResponse(responseCode = "200", description = "the changes, oldest first"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads files"),
      @ApiResponse(responseCode = "404", description = "no such file the caller may see")})
  public Response levels(@Context SecurityContext sc, @PathParam("id") String id) {
    SeenFile f = files.get(ActorPrincipal.of(sc), id);
    List<LevelView> levels = f.levels().stream().map(LevelView::of).toList();
    return Response.ok(new Page<>(levels, levels.size(), Math.max(1, levels.size()), 0)).tag(ETags.of(f.version()))
        .build();
  }

  @POST
  @Path("{id}/levels")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Changes the level with a reason (the file's counsellor; If-Match)", responses = {
      @ApiResponse(responseCode = "201", description = "changed; the file with its new ETag"),
      @ApiResponse(responseCode = "400", description = "invalid body"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
      @ApiResponse(responseCode = "404", description = "no such file the caller may see"),
      @ApiResponse(responseCode = "412", description = "the file changed since it was read"),
      @ApiResponse(responseCode = "428", description = "If-Match missing"),
      @ApiResponse(responseCode = "422", description = "LEVEL_UNKNOWN, LEVEL_UNCHANGED; 五(二)2")})
  public Response changeLevel(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("id") String id, @Valid @NotNull LevelRequest body) {
    Long expected = expectedVersion(headers);
    SeenFile f = guarded(() -> files.changeLevel(ActorPrincipal.of(sc), id,
        new MentalHealthFilesUseCase.ChangeLevelCommand(body.level(), body.note(), expected)));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/mental-health-files/{id}/levels").build(id))
        .tag(ETags.of(f.version())).entity(FileView.of(f, Language.of(headers))).build();
  }

  @PUT
  @Path("{id}/categories")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replaces the categories (seed codes; the file's counsellor; If-Match)", responses = {
      @ApiResponse(responseCode = "200", description = "the file with its new ETag"),
      @ApiResponse(responseCode = "400", description = "invalid body"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
      @ApiResponse(responseCode = "404", description = "no such file the caller may see"),
      @ApiResponse(responseCode = "412", description = "the file changed since it was read"),
      @ApiResponse(responseCode = "428", description = "If-Match missing"),
      @ApiResponse(responseCode = "422", description = "CATEGORY_UNKNOWN; 五(二)2")})
  public Response categories(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull CategoriesRequest body) {
    Long expected = expectedVersion(headers);
    return fileResponse(headers, guarded(() -> files.setCategories(ActorPrincipal.of(sc), id,
        new MentalHealthFilesUseCase.CategoriesCommand(body.categories(), expected))));
  }

  @PUT
  @Path("{id}/marks/{mark}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Marks the student (LEFT_BEHIND, MIGRANT, IN_DIFFICULTY) with a care plan, or replaces the "
      + "plan (the file's counsellor; If-Match; 三(二)6)", responses = {
          @ApiResponse(responseCode = "200", description = "the file with its new ETag"),
          @ApiResponse(responseCode = "400", description = "unknown mark or invalid body"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
          @ApiResponse(responseCode = "404", description = "no such file the caller may see"),
          @ApiResponse(responseCode = "412", description = "the file changed since it was read"),
          @ApiResponse(responseCode = "428", description = "If-Match missing"),
          @ApiResponse(responseCode = "422", description = "CARE_MARK_PLAN_REQUIRED; 三(二)6")})
  public Response mark(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @PathParam("mark") String mark, @Valid @NotNull MarkRequest body) {
    CareMark m = QueryParams.enumValue("mark", mark, CareMark.class);
    Long expected = expectedVersion(headers);
    return fileResponse(headers, guarded(() -> files.mark(ActorPrincipal.of(sc), id,
        new MentalHealthFilesUseCase.MarkCommand(m, body.plan(), expected))));
  }

  @DELETE
  @Path("{id}/marks/{mark}")
  @Operation(summary = "Removes a mark (the file's counsellor; If-Match)", responses = {
      @ApiResponse(responseCode = "200", description = "the file with its new ETag"),
      @ApiResponse(responseCode = "400", description = "unknown mark"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
      @ApiResponse(responseCode = "404", description = "no such file the caller may see"),
      @ApiResponse(responseCode = "412", description = "the file changed since it was read"),
      @ApiResponse(responseCode = "428", description = "If-Match missing"),
      @ApiResponse(responseCode = "422", description = "CARE_MARK_NOT_SET; 三(二)6")})
  public Response unmark(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @PathParam("mark") String mark) {
    CareMark m = QueryParams.enumValue("mark", mark, CareMark.class);
    Long expected = expectedVersion(headers);
    return fileResponse(headers, guarded(() -> files.unmark(ActorPrincipal.of(sc), id, m, expected)));
  }

  @PUT
  @Path("{id}/counsellor")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Assigns the file to a counsellor of the school (the file's counsellor or the school's "
      + "mental-health lead; If-Match)", responses = {
          @ApiResponse(responseCode = "200", description = "the file with its new ETag"),
          @ApiResponse(responseCode = "400", description = "counsellorId is no counsellor of the school"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "neither the file's counsellor nor the school's lead"),
          @ApiResponse(responseCode = "404", description = "no such file the caller may see"),
          @ApiResponse(responseCode = "412", description = "the file changed since it was read"),
          @ApiResponse(responseCode = "428", description = "If-Match missing")})
  public Response counsellor(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull CounsellorRequest body) {
    Long expected = expectedVersion(headers);
    return fileResponse(headers, guarded(() -> files.assignCounsellor(ActorPrincipal.of(sc), id,
        new MentalHealthFilesUseCase.AssignCommand(body.counsellorId(), expected))));
  }

  @GET
  @Path("{id}/observations")
  @Operation(summary = "The file's observations (notes only for its counsellor or through break-glass)",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of observations, oldest first"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads files"),
          @ApiResponse(responseCode = "404", description = "no such file the caller may see")})
  public Page<RecordView> observations(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    return records(sc, headers, id, false, limit, offset);
  }

  @GET
  @Path("{id}/interventions")
  @Operation(summary = "The file's interventions (talks, guidance, targeted help)", responses = {
      @ApiResponse(responseCode = "200", description = "a page of interventions, oldest first"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads files"),
      @ApiResponse(responseCode = "404", description = "no such file the caller may see")})
  public Page<RecordView> interventions(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    return records(sc, headers, id, true, limit, offset);
  }

  @POST
  @Path("{id}/observations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records an observation (the file's counsellor); note and plan encrypted", responses = {
      @ApiResponse(responseCode = "201", description = "recorded"),
      @ApiResponse(responseCode = "400", description = "invalid body"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
      @ApiResponse(responseCode = "404", description = "no such file the caller may see"),
      @ApiResponse(responseCode = "422", description = "CARE_DATE_FUTURE, FOLLOW_UP_BEFORE_RECORD; 五(二)2")})
  public Response observe(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("id") String id, @Valid @NotNull RecordRequest body) {
    return create(sc, headers, uri, id, CareKind.OBSERVATION, body, "observations");
  }

  @POST
  @Path("{id}/interventions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records an intervention (kind TALK, GUIDANCE or TARGETED_HELP, with a plan; the file's "
      + "counsellor)", responses = {
          @ApiResponse(responseCode = "201", description = "recorded"),
          @ApiResponse(responseCode = "400", description = "invalid body (kind must be an intervention)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
          @ApiResponse(responseCode = "404", description = "no such file the caller may see"),
          @ApiResponse(responseCode = "422", description = "INTERVENTION_PLAN_REQUIRED, CARE_DATE_FUTURE, "
              + "FOLLOW_UP_BEFORE_RECORD; 五(二)2")})
  public Response intervene(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("id") String id, @Valid @NotNull RecordRequest body) {
    if (body.kind() == null || !body.kind().intervention()) {
      throw ApiProblem.badParameter("kind", "Intervention", "须为 TALK、GUIDANCE 或 TARGETED_HELP",
          "kind must be TALK, GUIDANCE or TARGETED_HELP");
    }
    return create(sc, headers, uri, id, body.kind(), body, "interventions");
  }

  @POST
  @Path("{id}/observations/{recordId}/follow-up")
  @Operation(summary = "Marks an observation's follow-up done (the file's counsellor)", responses = {
      @ApiResponse(responseCode = "200", description = "the record"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
      @ApiResponse(responseCode = "404", description = "no such file or observation"),
      @ApiResponse(responseCode = "422", description = "FOLLOW_UP_NONE, FOLLOW_UP_ALREADY_DONE; 五(二)2")})
  public RecordView observationFollowUp(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("id") String id, @PathParam("recordId") String recordId) {
    return RecordView.of(guarded(() -> files.completeFollowUp(ActorPrincipal.of(sc), id, recordId, false)),
        Language.of(headers));
  }

  @POST
  @Path("{id}/interventions/{recordId}/follow-up")
  @Operation(summary = "Marks an intervention's follow-up done (the file's counsellor)", responses = {
      @ApiResponse(responseCode = "200", description = "the record"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "not the file's counsellor"),
      @ApiResponse(responseCode = "404", description = "no such file or intervention"),
      @ApiResponse(responseCode = "422", description = "FOLLOW_UP_NONE, FOLLOW_UP_ALREADY_DONE; 五(二)2")})
  public RecordView interventionFollowUp(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("id") String id, @PathParam("recordId") String recordId) {
    return RecordView.of(guarded(() -> files.completeFollowUp(ActorPrincipal.of(sc), id, recordId, true)),
        Language.of(headers));
  }

  private Page<RecordView> records(SecurityContext sc, HttpHeaders headers, String id, boolean interventions,
      String limit, String offset) {
    Paging paging = Paging.of(limit, offset);
    Language lang = Language.of(headers);
    return Page.of(files.records(ActorPrincipal.of(sc), id, interventions), paging, r -> RecordView.of(r, lang));
  }

  private Response create(SecurityContext sc, HttpHeaders headers, UriInfo uri, String id, CareKind kind,
      RecordRequest body, String collection) {
    SeenRecord r = files.record(ActorPrincipal.of(sc), id, new MentalHealthFilesUseCase.RecordCommand(kind,
        body.on(), body.note(), body.plan(), body.followUpOn()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/mental-health-files/{id}/" + collection
            + "/{recordId}").build(id, r.id().value()))
        .tag(ETags.of(r.version())).entity(RecordView.of(r, Language.of(headers))).build();
  }

  private static Response fileResponse(HttpHeaders headers, SeenFile f) {
    return Response.ok(FileView.of(f, Language.of(headers))).tag(ETags.of(f.version())).build();
  }

  /**
   * The version named by If-Match (API.md): missing is a 428, {@code *} any version (null), anything but a version
   * a 412. The use case compares it with the stored version inside its transaction, so no extra (audited) read.
   */
  static Long expectedVersion(HttpHeaders headers) {
    OptionalLong named = ETags.ifMatch(headers);
    return named.isPresent() ? named.getAsLong() : null;
  }


  /** A stale version (the If-Match or a concurrent change) is a 412 here: read again and retry. */
  private static <T> T guarded(Supplier<T> change) {
    return ETags.staleAs412(change);
  }

}
