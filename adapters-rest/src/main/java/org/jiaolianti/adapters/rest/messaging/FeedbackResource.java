package org.jiaolianti.adapters.rest.messaging;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.messaging.MessagingViews.FeedbackView;
import org.jiaolianti.adapters.rest.messaging.MessagingViews.OverdueReportView;
import org.jiaolianti.adapters.rest.messaging.MessagingViews.SchoolFeedbackCountView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.AnswerFeedbackCommand;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.FeedbackItem;
import org.jiaolianti.application.messaging.port.in.FeedbackUseCase.SubmitFeedbackCommand;
import org.jiaolianti.domain.messaging.FeedbackKind;
import org.jiaolianti.domain.messaging.FeedbackStatus;

/**
 * Guardians' opinions and suggestions to a school (三(三)3), optionally anonymous to the school; answered
 * within the seed's deadline (OPEN → ANSWERED → CLOSED); an item open after its due date is overdue and
 * escalated to the school leader.
 */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "feedback", description = "家长意见建议 — guardians' feedback to schools (三(三)3)")
public final class FeedbackResource {

  private final FeedbackUseCase feedback;

  public FeedbackResource(FeedbackUseCase feedback) {
    this.feedback = requireNonNull(feedback, "feedback");
  }

  /** The body of {@code POST /feedback}. */
  public record SubmitFeedbackRequest(
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String schoolId,
      @NotNull FeedbackKind kind,
      @NotBlank @Size(max = 200) String subject,
      @NotBlank @Size(max = 4000) String body,
      Boolean anonymous) {}

  /** The body of {@code POST /feedback/{id}/answer}. */
  public record AnswerFeedbackRequest(@NotBlank @Size(max = 4000) String answer) {}

  @GET
  @Operation(summary = "Feedback the caller sees: a guardian their own; a school leader their school's (no author "
      + "of anonymous items); the district every school's with authors. Filters: status, overdue, schoolId",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of feedback items"),
          @ApiResponse(responseCode = "400", description = "bad paging or filter parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads or gives feedback")})
  public Page<FeedbackView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("status") String status,
      @QueryParam("overdue") String overdue, @QueryParam("schoolId") String schoolId) {
    Paging paging = Paging.of(limit, offset);
    FeedbackStatus wanted = QueryParams.enumValue("status", status, FeedbackStatus.class);
    Boolean late = QueryParams.bool("overdue", overdue);
    String school = QueryParams.text(schoolId);
    List<FeedbackItem> items = feedback.list(ActorPrincipal.of(sc)).stream()
        .filter(i -> wanted == null || i.feedback().status() == wanted)
        .filter(i -> late == null || i.overdue() == late)
        .filter(i -> school == null || i.feedback().school().value().equals(school)).toList();
    Language lang = Language.of(headers);
    return Page.of(items, paging, i -> FeedbackView.of(i, lang));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A guardian gives an opinion or suggestion to a school of one of their children; due in the "
      + "seed's feedbackResponseDays (calendar days, or working days with that year's calendar)", responses = {
          @ApiResponse(responseCode = "201", description = "submitted; Location names it"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is not a guardian at that school"),
          @ApiResponse(responseCode = "404", description = "no such school among the caller's children's"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response submit(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull SubmitFeedbackRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    FeedbackItem item = feedback.submit(actor, new SubmitFeedbackCommand(body.schoolId(), body.kind(), body.subject(),
        body.body(), Boolean.TRUE.equals(body.anonymous())));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/feedback/{id}").build(item.feedback().id().value()))
        .tag(ETags.of(item.feedback().version())).entity(FeedbackView.of(item, Language.of(headers))).build();
  }

  @GET
  @Path("escalations")
  @Operation(summary = "Overdue items (open after their due date), escalated to the school leader: a school "
      + "leader's own school's, the district's all; oldest due date first", responses = {
          @ApiResponse(responseCode = "200", description = "a page of overdue items"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read schools' feedback")})
  public Page<FeedbackView> escalations(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Language lang = Language.of(headers);
    return Page.of(feedback.escalations(ActorPrincipal.of(sc)), paging, i -> FeedbackView.of(i, lang));
  }

  @GET
  @Path("overdue-report")
  @Operation(summary = "Per school the caller sees: open, overdue, answered and closed items on asOf (default "
      + "today)", responses = {
          @ApiResponse(responseCode = "200", description = "the report"),
          @ApiResponse(responseCode = "400", description = "asOf is not a date"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read schools' feedback")})
  public OverdueReportView report(@Context SecurityContext sc, @QueryParam("asOf") String asOf) {
    Actor actor = ActorPrincipal.of(sc);
    LocalDate day = QueryParams.date("asOf", asOf, actor.today());
    List<SchoolFeedbackCountView> schools = feedback.overdueReport(actor, day).stream()
        .map(SchoolFeedbackCountView::of).toList();
    return new OverdueReportView(day, schools.stream().mapToLong(SchoolFeedbackCountView::overdue).sum(), schools);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One item, with its version as the ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the item"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the school but may not read its feedback"),
      @ApiResponse(responseCode = "404", description = "no such item the caller may read")})
  public Response get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    FeedbackItem item = feedback.get(ActorPrincipal.of(sc), id);
    return Response.ok(FeedbackView.of(item, Language.of(headers))).tag(ETags.of(item.feedback().version())).build();
  }

  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The school answers an open item (OPEN → ANSWERED)", responses = {
      @ApiResponse(responseCode = "200", description = "the answered item"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not answer this school's feedback"),
      @ApiResponse(responseCode = "404", description = "no such item the caller may read"),
      @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "the item is not open (FEEDBACK_ANSWER_WHEN_OPEN, 三(三)3)")})
  public Response answer(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull AnswerFeedbackRequest body) {
    FeedbackItem item = feedback.answer(ActorPrincipal.of(sc), new AnswerFeedbackCommand(id, body.answer()));
    return Response.ok(FeedbackView.of(item, Language.of(headers))).tag(ETags.of(item.feedback().version())).build();
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "The school closes an answered item (ANSWERED → CLOSED)", responses = {
      @ApiResponse(responseCode = "200", description = "the closed item"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not close this school's feedback"),
      @ApiResponse(responseCode = "404", description = "no such item the caller may read"),
      @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
      @ApiResponse(responseCode = "422", description = "the item is not answered (FEEDBACK_CLOSE_WHEN_ANSWERED, "
          + "三(三)3)")})
  public Response close(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    FeedbackItem item = feedback.close(ActorPrincipal.of(sc), id);
    return Response.ok(FeedbackView.of(item, Language.of(headers))).tag(ETags.of(item.feedback().version())).build();
  }
}
