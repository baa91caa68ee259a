package org.jiaolianti.adapters.rest.homeschool;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jiaolianti.adapters.rest.homeschool.NoticeViews.NoticeView;
import org.jiaolianti.adapters.rest.homeschool.NoticeViews.ReceiptsView;
import org.jiaolianti.adapters.rest.homeschool.NoticeViews.ReminderView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.homeschool.port.in.NoticeQueries;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.PublishNoticeCommand;
import org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.RemindCommand;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;

/**
 * Notices to guardians (学校通知一键直达, 五(一)2): publish to a school, a grade, a class, hand-picked guardians
 * or (the bureau, urgent) the whole district in one step; read them with their receipt statistics and the
 * guardians who have not read or confirmed; remind the unread. The guardrails are 422s naming the rule:
 * the daily cap per class, and a pupil's full name in a group notice without {@code confirmNamesStudent}.
 */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notices", description = "学校通知一键直达 — notices to guardians, receipts and reminders")
public final class NoticeResource {

  private final PublishNoticeUseCase publishing;
  private final NoticeQueries queries;

  public NoticeResource(PublishNoticeUseCase publishing, NoticeQueries queries) {
    this.publishing = requireNonNull(publishing, "publishing");
    this.queries = requireNonNull(queries, "queries");
  }

  /**
   * The body of {@code POST /notices}. {@code schoolId} for every audience but DISTRICT; {@code grade} for GRADE;
   * {@code classId} for CLASS; {@code guardianIds} for GUARDIANS. {@code urgent} (the bureau only) bypasses the
   * quiet hours and the daily cap; {@code confirmNamesStudent} confirms a text naming a pupil (recorded).
   */
  public record PublishNoticeRequest(AudienceKind audience, String schoolId, Integer grade, String classId,
      List<String> guardianIds, String title, String body, ConfirmationMode mode, Boolean urgent,
      Boolean confirmNamesStudent) {}

  @GET
  @Operation(summary = "The notices the caller may read, newest first, filtered by audience kind, school or class",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of notices"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read notices")})
  public Page<NoticeView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset, @QueryParam("audience") String audience,
      @QueryParam("schoolId") String schoolId, @QueryParam("classId") String classId) {
    Paging paging = Paging.of(limit, offset);
    String kind = QueryParams.text(audience);
    String school = QueryParams.text(schoolId);
    String schoolClass = QueryParams.text(classId);
    List<Notice> rows = queries.notices(ActorPrincipal.of(sc)).stream()
        .filter(n -> kind == null || n.audience().kind().name().equals(kind))
        .filter(n -> school == null || (n.audience().school() != null && n.audience().school().value().equals(school)))
        .filter(n -> schoolClass == null
            || (n.audience().schoolClass() != null && n.audience().schoolClass().value().equals(schoolClass)))
        .toList();
    return Page.of(rows, paging, NoticeView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One notice, version as ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the notice"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "404", description = "no such notice in the caller's scope")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    Notice notice = queries.notice(ActorPrincipal.of(sc), id);
    return Response.ok(NoticeView.of(notice)).tag(ETags.of(notice.version())).build();
  }

  @GET
  @Path("{id}/receipts")
  @Operation(summary = "Receipt statistics: delivered, read, confirmed, and a page of the guardians who have not",
      responses = {
          @ApiResponse(responseCode = "200", description = "the statistics with a page of notYet"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "404", description = "no such notice in the caller's scope")})
  public ReceiptsView receipts(@Context SecurityContext sc, @PathParam("id") String id,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return ReceiptsView.of(queries.statistics(ActorPrincipal.of(sc), id), paging.limit(), (int) paging.offset());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publishes a notice to every guardian of its audience in one step (held in the quiet hours"
      + " unless urgent)", responses = {
          @ApiResponse(responseCode = "201", description = "published; Location names the new notice"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field), or no guardian to"
              + " deliver to"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not publish to this audience (a district-wide"
              + " or urgent notice is the bureau's; a teacher publishes to their own classes only)"),
          @ApiResponse(responseCode = "404", description = "no such school, class or guardian in the caller's scope"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "refused by a guardrail (五(一)2): notice.dailyCapPerClass, or"
              + " notice.studentFullName without confirmNamesStudent")})
  public Response publish(@Context SecurityContext sc, @Context UriInfo uri, @NotNull PublishNoticeRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    Notice notice = publishing.publish(actor, new PublishNoticeCommand(body.audience(), body.schoolId(), body.grade(),
        body.classId(), body.guardianIds(), body.title(), body.body(), body.mode(), Boolean.TRUE.equals(body.urgent()),
        Boolean.TRUE.equals(body.confirmNamesStudent())));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/notices/{id}").build(notice.id().value()))
        .tag(ETags.of(notice.version())).entity(NoticeView.of(notice)).build();
  }

  @POST
  @Path("{id}/reminders")
  @Operation(summary = "Reminds the guardians who have not read the notice (only them)", responses = {
      @ApiResponse(responseCode = "200", description = "how many were reminded"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may read the notice but not remind"),
      @ApiResponse(responseCode = "404", description = "no such notice in the caller's scope")})
  public ReminderView remind(@Context SecurityContext sc, @PathParam("id") String id) {
    int reminded = publishing.remind(ActorPrincipal.of(sc), new RemindCommand(id));
    return new ReminderView(id, reminded);
  }
}
