package org.jiaolianti.adapters.rest.guidance;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ApiProblem;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.AddLessonCommand;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.CreateItemCommand;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.ItemDetail;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.ItemStatistics;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.LearnCommand;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.OwnProgress;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.Recommendation;
import org.jiaolianti.application.guidance.port.in.GuidanceUseCase.SchoolLearning;
import org.jiaolianti.domain.guidance.GuidanceItem;
import org.jiaolianti.domain.guidance.GuidanceKind;
import org.jiaolianti.domain.guidance.GuidanceLesson;
import org.jiaolianti.domain.guidance.GuidanceStatus;
import org.jiaolianti.domain.guidance.GuidanceTopic;
import org.jiaolianti.domain.guidance.LearningProgress;

/**
 * The family-education guidance column (家庭教育指导专栏, 五(一)2). The district or a school writes drafts (articles,
 * expert lecture videos with an https link, courses of lessons), publishes and withdraws them (If-Match with the
 * item's ETag). Guardians read the published items of the district and of their children's schools, mark their own
 * progress (idempotent) and get recommendations by their children's grades; school leaders and the district read
 * counts. An item outside the caller's audience is a 404, as for an unknown id.
 */
@Path("/api/v1/guidance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "guidance", description = "家庭教育指导专栏 — family-education guidance column")
public final class GuidanceResource {

  private static final String CLAUSE = "五(一)2";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final GuidanceUseCase guidance;

  public GuidanceResource(GuidanceUseCase guidance) {
    this.guidance = requireNonNull(guidance, "guidance");
  }

  /** The body of {@code POST /guidance}: validated by the use case (one error per field). */
  public record CreateRequest(String schoolId, GuidanceKind kind, String title, String body, String speaker,
      String videoUrl, Set<Integer> targetGrades, Set<GuidanceTopic> topics) {}

  /** The body of {@code POST /guidance/{id}/lessons}. */
  public record LessonRequest(String title, String body, String videoUrl) {}

  /** The body of {@code POST /guidance/{id}/progress}: the completed lesson of a course, none for an article or video. */
  public record ProgressRequest(String lessonId) {}

  /** An item; {@code schoolId} null = published by the district. */
  public record ItemView(String id, String publisher, String schoolId, String kind, String kindLabel, String title,
      String body, String speaker, String videoUrl, Set<Integer> targetGrades, List<String> topics,
      List<String> topicLabels, String status, String createdBy, Instant createdAt, Instant publishedAt,
      Instant withdrawnAt, long version, String clause) {
    static ItemView of(GuidanceItem i, Language lang) {
      return new ItemView(i.id().value(), i.school() == null ? "DISTRICT" : "SCHOOL",
          i.school() == null ? null : i.school().value(), i.kind().name(), lang.pick(i.kind().label()), i.title(),
          i.body(), i.speaker(), i.video() == null ? null : i.video().value(), i.targetGrades(),
          i.topics().stream().map(Enum::name).toList(), i.topics().stream().map(t -> lang.pick(t.label())).toList(),
          i.status().name(), i.createdBy().value(), i.createdAt(), i.publishedAt(), i.withdrawnAt(), i.version(),
          CLAUSE);
    }
  }

  public record LessonView(String id, int position, String title, String body, String videoUrl) {
    static LessonView of(GuidanceLesson l) {
      return new LessonView(l.id(), l.position(), l.title(), l.body(), l.video() == null ? null : l.video().value());
    }
  }

  public record ItemDetailView(ItemView item, List<LessonView> lessons) {
    static ItemDetailView of(ItemDetail d, Language lang) {
      return new ItemDetailView(ItemView.of(d.item(), lang), d.lessons().stream().map(LessonView::of).toList());
    }
  }

  /** Progress: completed parts over parts, the share (0–1) and whether all are done. */
  public record ProgressView(int completedParts, int parts, BigDecimal share, boolean completed) {
    static ProgressView of(LearningProgress p) {
      return new ProgressView(p.completedParts(), p.parts(), p.share(), p.completed());
    }
  }

  public record OwnProgressView(String itemId, ProgressView progress, List<String> completedParts,
      boolean recordedNow) {
    static OwnProgressView of(OwnProgress p) {
      return new OwnProgressView(p.item().id().value(), ProgressView.of(p.progress()),
          p.completedParts().stream().sorted().toList(), p.recordedNow());
    }
  }

  public record StatisticsView(String itemId, int learners, int completedLearners, int completions) {
    static StatisticsView of(ItemStatistics s) {
      return new StatisticsView(s.item().id().value(), s.learners(), s.completedLearners(), s.completions());
    }
  }

  public record ChildView(String studentId, String name, int grade) {}

  public record RecommendationView(ItemView item, List<ChildView> children, ProgressView progress) {
    static RecommendationView of(Recommendation r, Language lang) {
      return new RecommendationView(ItemView.of(r.item(), lang), r.children().stream()
          .map(c -> new ChildView(c.student().value(), c.name(), c.grade())).toList(), ProgressView.of(r.progress()));
    }
  }

  public record SchoolLearningView(String schoolId, int completions, int learningGuardians) {
    static SchoolLearningView of(SchoolLearning l) {
      return new SchoolLearningView(l.school().value(), l.completions(), l.learningGuardians());
    }
  }

  @GET
  @Operation(summary = "The items the caller sees, newest first: published items of the district and of the "
      + "caller's schools (a guardian: their children's), plus drafts and withdrawn items they manage", responses = {
          @ApiResponse(responseCode = "200", description = "a page of items"),
          @ApiResponse(responseCode = "400", description = "bad paging parameter or filter value"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads the guidance column")})
  public Page<ItemView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @Parameter(description = "ARTICLE, VIDEO or COURSE") @QueryParam("kind") String kind,
      @Parameter(description = "DRAFT, PUBLISHED or WITHDRAWN") @QueryParam("status") String status,
      @Parameter(description = "a topic, e.g. SCIENTIFIC_PARENTING") @QueryParam("topic") String topic,
      @Parameter(description = "the publishing school; DISTRICT for the district's items") @QueryParam("schoolId")
      String schoolId) {
    Paging paging = Paging.of(limit, offset);
    GuidanceKind k = QueryParams.enumValue("kind", kind, GuidanceKind.class);
    GuidanceStatus st = QueryParams.enumValue("status", status, GuidanceStatus.class);
    GuidanceTopic t = QueryParams.enumValue("topic", topic, GuidanceTopic.class);
    String school = QueryParams.text(schoolId);
    Language lang = Language.of(headers);
    return Page.of(guidance.list(ActorPrincipal.of(sc)).stream()
        .filter(i -> k == null || i.kind() == k).filter(i -> st == null || i.status() == st)
        .filter(i -> t == null || i.topics().contains(t))
        .filter(i -> school == null || (school.equals("DISTRICT") ? i.school() == null
            : i.school() != null && i.school().value().equals(school)))
        .toList(), paging, i -> ItemView.of(i, lang));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Writes a draft of the district (no schoolId) or of a school: ARTICLE needs a body; VIDEO a "
      + "speaker and an https videoUrl; COURSE gets its lessons afterwards", responses = {
          @ApiResponse(responseCode = "201", description = "the draft, with Location and ETag"),
          @ApiResponse(responseCode = "400", description = "invalid body: one entry per field (a missing title, an "
              + "unknown kind or topic, a videoUrl that is not https, grades outside 1-12)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage the guidance column there"),
          @ApiResponse(responseCode = "404", description = "no such school in the caller's scope"),
          @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
          @ApiResponse(responseCode = "413", description = "body over the limit"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used with another body")})
  public Response create(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull CreateRequest body) {
    GuidanceItem i = guidance.create(ActorPrincipal.of(sc), new CreateItemCommand(body.schoolId(), body.kind(),
        body.title(), body.body(), body.speaker(), body.videoUrl(), body.targetGrades(), body.topics()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/guidance/{id}").build(i.id().value()))
        .tag(ETags.of(i.version())).entity(ItemView.of(i, Language.of(headers))).build();
  }

  @GET
  @Path("recommendations")
  @Operation(summary = "For the calling guardian: published items suiting the grade of one of their children (a "
      + "school's item: a child of that school), naming the child; not yet completed first, then newest", responses = {
          @ApiResponse(responseCode = "200", description = "a page of recommendations"),
          @ApiResponse(responseCode = "400", description = "bad paging parameter"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no guardian")})
  public Page<RecommendationView> recommendations(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Language lang = Language.of(headers);
    return Page.of(guidance.recommendations(ActorPrincipal.of(sc)), paging, r -> RecommendationView.of(r, lang));
  }

  @GET
  @Path("learning")
  @Operation(summary = "Learning activity per school between two dates (Asia/Shanghai, both inclusive): parts "
      + "completed and distinct learning guardians, counted for the schools of each guardian's children (a guardian "
      + "with children in two schools counts in both). School leaders: their school; the district: all", responses = {
          @ApiResponse(responseCode = "200", description = "one row per school with activity"),
          @ApiResponse(responseCode = "400", description = "from or to missing or not a date, or to before from"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads learning statistics")})
  public List<SchoolLearningView> learning(@Context SecurityContext sc, @QueryParam("from") String from,
      @QueryParam("to") String to) {
    LocalDate f = QueryParams.date("from", from, null);
    LocalDate t = QueryParams.date("to", to, null);
    if (f == null || t == null) {
      throw ApiProblem.badParameter(f == null ? "from" : "to", "NotNull", "须给出 YYYY-MM-DD 格式的日期",
          "a date YYYY-MM-DD is required");
    }
    if (t.isBefore(f)) {
      throw ApiProblem.badParameter("to", "After", "to 不能早于 from", "to must not be before from");
    }
    return guidance.learningActivity(ActorPrincipal.of(sc), f.atStartOfDay(SHANGHAI).toInstant(),
        t.plusDays(1).atStartOfDay(SHANGHAI).toInstant()).stream().map(SchoolLearningView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One item with its lessons; ETag = version", responses = {
      @ApiResponse(responseCode = "200", description = "the item"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "404", description = "no such item the caller may see")})
  public Response get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    ItemDetail d = guidance.get(ActorPrincipal.of(sc), id);
    return Response.ok(ItemDetailView.of(d, Language.of(headers))).tag(ETags.of(d.item().version())).build();
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publishes a draft (a course needs a lesson); requires If-Match with the item's ETag",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = "the ETag of the item as read", schema = @Schema(type = "string")),
      responses = {
          @ApiResponse(responseCode = "200", description = "the published item, with its new ETag"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the item but does not manage it"),
          @ApiResponse(responseCode = "404", description = "no such item the caller may see"),
          @ApiResponse(responseCode = "409", description = "changed concurrently, or the same Idempotency-Key is in "
              + "flight"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "422", description = "not a draft (GUIDANCE_NOT_DRAFT) or a course without "
              + "lessons (GUIDANCE_COURSE_EMPTY), 五(一)2"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response publish(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    return changeStatus(sc, headers, id, guidance::publish);
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraws a published item (kept, no longer shown to its audience); requires If-Match",
      parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
          description = "the ETag of the item as read", schema = @Schema(type = "string")),
      responses = {
          @ApiResponse(responseCode = "200", description = "the withdrawn item, with its new ETag"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the item but does not manage it"),
          @ApiResponse(responseCode = "404", description = "no such item the caller may see"),
          @ApiResponse(responseCode = "409", description = "changed concurrently, or the same Idempotency-Key is in "
              + "flight"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "422", description = "not published (GUIDANCE_NOT_PUBLISHED), 五(一)2"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response withdraw(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    return changeStatus(sc, headers, id, guidance::withdraw);
  }

  @GET
  @Path("{id}/lessons")
  @Operation(summary = "The lessons of a course, by position", responses = {
      @ApiResponse(responseCode = "200", description = "the lessons (none for an article or a video)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "404", description = "no such item the caller may see")})
  public List<LessonView> lessons(@Context SecurityContext sc, @PathParam("id") String id) {
    return guidance.get(ActorPrincipal.of(sc), id).lessons().stream().map(LessonView::of).toList();
  }

  @POST
  @Path("{id}/lessons")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Adds a lesson at the end of a draft course: a title and a body, an https videoUrl, or both",
      responses = {
          @ApiResponse(responseCode = "201", description = "the lesson"),
          @ApiResponse(responseCode = "400", description = "invalid body: one entry per field"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the item but does not manage it"),
          @ApiResponse(responseCode = "404", description = "no such item the caller may see"),
          @ApiResponse(responseCode = "409", description = "another lesson was added at the same time, or the same "
              + "Idempotency-Key is in flight"),
          @ApiResponse(responseCode = "413", description = "body over the limit"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "not a course (GUIDANCE_NOT_COURSE), no longer a draft "
              + "(GUIDANCE_NOT_DRAFT), too many lessons (GUIDANCE_TOO_MANY_LESSONS), 五(一)2; or the Idempotency-Key "
              + "was used with another body")})
  public Response addLesson(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
      @Valid @NotNull LessonRequest body) {
    GuidanceLesson l = guidance.addLesson(ActorPrincipal.of(sc), new AddLessonCommand(id, body.title(), body.body(),
        body.videoUrl()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/guidance/{id}/lessons").build(id))
        .entity(LessonView.of(l)).build();
  }

  @GET
  @Path("{id}/progress")
  @Operation(summary = "The calling guardian's own progress on an item", responses = {
      @ApiResponse(responseCode = "200", description = "completed parts over parts"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller is no guardian"),
      @ApiResponse(responseCode = "404", description = "no such item the caller may see")})
  public OwnProgressView progress(@Context SecurityContext sc, @PathParam("id") String id) {
    return OwnProgressView.of(guidance.progress(ActorPrincipal.of(sc), id));
  }

  @POST
  @Path("{id}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The calling guardian read an article, watched a video or completed a lesson (lessonId) of a "
      + "course; idempotent: marking it again changes nothing (recordedNow false)", responses = {
          @ApiResponse(responseCode = "200", description = "the guardian's progress on the item"),
          @ApiResponse(responseCode = "400", description = "invalid body: one entry per field"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no guardian"),
          @ApiResponse(responseCode = "404", description = "no such item the caller may see"),
          @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
          @ApiResponse(responseCode = "413", description = "body over the limit"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "not published (GUIDANCE_NOT_PUBLISHED), a course "
              + "without one of its lessons named (GUIDANCE_LESSON_REQUIRED), a lesson named for an article or video "
              + "(GUIDANCE_NO_LESSONS), 五(一)2; or the Idempotency-Key was used with another body")})
  public OwnProgressView learn(@Context SecurityContext sc, @PathParam("id") String id,
      @Valid @NotNull ProgressRequest body) {
    return OwnProgressView.of(guidance.learn(ActorPrincipal.of(sc), new LearnCommand(id, body.lessonId())));
  }

  @GET
  @Path("{id}/statistics")
  @Operation(summary = "Counts for an item, no names: guardians who completed a part, who completed all, parts "
      + "completed (school leaders: guardians of their school's children; the district: all)", responses = {
          @ApiResponse(responseCode = "200", description = "the counts"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads learning statistics"),
          @ApiResponse(responseCode = "404", description = "no such item the caller may see")})
  public StatisticsView statistics(@Context SecurityContext sc, @PathParam("id") String id) {
    return StatisticsView.of(guidance.statistics(ActorPrincipal.of(sc), id));
  }

  /** A status change under If-Match: the item as read must be the stored version; answers it with its new ETag. */
  private Response changeStatus(SecurityContext sc, HttpHeaders headers, String id,
      java.util.function.BiFunction<Actor, String, GuidanceItem> change) {
    Actor actor = ActorPrincipal.of(sc);
    ETags.requireMatch(headers, guidance.get(actor, id).item().version());
    GuidanceItem i = change.apply(actor, id);
    return Response.ok(ItemView.of(i, Language.of(headers))).tag(ETags.of(i.version())).build();
  }
}
