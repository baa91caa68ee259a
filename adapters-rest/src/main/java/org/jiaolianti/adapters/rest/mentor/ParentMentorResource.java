package org.jiaolianti.adapters.rest.mentor;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase.ApplyCommand;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase.AssignCommand;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase.LogHoursCommand;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase.MentorDetail;
import org.jiaolianti.application.mentor.port.in.ParentMentorsUseCase.RevokeCommand;
import org.jiaolianti.domain.mentor.AssignmentKind;
import org.jiaolianti.domain.mentor.MentorAssignment;
import org.jiaolianti.domain.mentor.MentorHours;
import org.jiaolianti.domain.mentor.ParentMentor;

/**
 * Parent mentors (家长导师, 家校双师 五(一)3). A guardian applies at a school one of their children attends (any
 * other school: 404); the school's leaders approve, reject or revoke (with a reason; the record is kept), assign
 * approved mentors and log their hours. Nothing is deleted.
 */
@Path("/api/v1/parent-mentors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "parent-mentors", description = "家长导师 — parent mentors (家校双师)")
public final class ParentMentorResource {

  private static final String CLAUSE = "五(一)3";
  private final ParentMentorsUseCase mentors;

  public ParentMentorResource(ParentMentorsUseCase mentors) {
    this.mentors = requireNonNull(mentors, "mentors");
  }

  /** The body of {@code POST /parent-mentors}. */
  public record ApplyRequest(@NotBlank String schoolId,
      @NotBlank @Size(max = ParentMentor.MAX_EXPERTISE) String expertise) {}

  /** The body of {@code POST /parent-mentors/{id}/revoke}. */
  public record RevokeRequest(@NotBlank @Size(max = ParentMentor.MAX_REASON) String reason) {}

  /** The body of {@code POST /parent-mentors/{id}/assignments}. */
  public record AssignRequest(@NotNull AssignmentKind kind,
      @NotBlank @Size(max = MentorAssignment.MAX_TITLE) String title, @NotNull LocalDate from,
      @NotNull LocalDate to) {}

  /** The body of {@code POST /parent-mentors/{id}/hours}. */
  public record HoursRequest(@NotNull LocalDate on, @NotNull @DecimalMin("0.5") @DecimalMax("12") BigDecimal hours,
      @Size(max = MentorHours.MAX_NOTE) String note) {}

  /** A mentor (application) with its decision and revocation, if any. */
  public record MentorView(String id, String schoolId, String guardianId, String applicantId, String expertise,
      String status, Instant appliedAt, Instant decidedAt, String decidedBy, LocalDate decidedOn,
      Instant revokedAt, String revokedBy, String revokeReason, long version, String clause) {
    static MentorView of(ParentMentor m) {
      return new MentorView(m.id().value(), m.school().value(), m.guardian().value(), m.applicant().value(),
          m.expertise(), m.status().name(), m.appliedAt(), m.decidedAt(),
          m.decidedBy() == null ? null : m.decidedBy().value(), m.decidedOn(), m.revokedAt(),
          m.revokedBy() == null ? null : m.revokedBy().value(), m.revokeReason(), m.version(), CLAUSE);
    }
  }

  /** An assignment. */
  public record AssignmentView(String id, String mentorId, String kind, String kindLabel, String title,
      LocalDate from, LocalDate to, String assignedBy, Instant assignedAt) {
    static AssignmentView of(MentorAssignment a, Language lang) {
      return new AssignmentView(a.id(), a.mentor().value(), a.kind().name(), lang.pick(a.kind().label()), a.title(),
          a.from(), a.to(), a.assignedBy().value(), a.assignedAt());
    }
  }

  /** Logged hours. */
  public record HoursView(String id, String mentorId, LocalDate on, BigDecimal hours, String note, String loggedBy,
      Instant loggedAt) {
    static HoursView of(MentorHours h) {
      return new HoursView(h.id(), h.mentor().value(), h.on(), h.hours(), h.note(), h.loggedBy().value(),
          h.loggedAt());
    }
  }

  /** A mentor with assignments, hours and their total. */
  public record MentorDetailView(MentorView mentor, List<AssignmentView> assignments, List<HoursView> hours,
      BigDecimal totalHours) {
    static MentorDetailView of(MentorDetail d, Language lang) {
      return new MentorDetailView(MentorView.of(d.mentor()),
          d.assignments().stream().map(a -> AssignmentView.of(a, lang)).toList(),
          d.hours().stream().map(HoursView::of).toList(),
          d.hours().stream().map(MentorHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }

  @GET
  @Operation(summary = "The mentors the caller sees, newest application first (a guardian: their own; a school "
      + "leader: their school's; the district: all)", responses = {
          @ApiResponse(responseCode = "200", description = "a page of mentors"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads parent mentors")})
  public Page<MentorView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(mentors.list(ActorPrincipal.of(sc)), paging, MentorView::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A guardian applies as a parent mentor at a school one of their children attends",
      responses = {
          @ApiResponse(responseCode = "201", description = "applied; Location names the application"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no guardian"),
          @ApiResponse(responseCode = "404", description = "no such school among those the caller's children attend"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "already applied or approved at that school "
              + "(MENTOR_ALREADY_APPLIED), 五(一)3")})
  public Response apply(@Context SecurityContext sc, @Context UriInfo uri, @Valid @NotNull ApplyRequest body) {
    ParentMentor m = mentors.apply(ActorPrincipal.of(sc), new ApplyCommand(body.schoolId(), body.expertise()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/parent-mentors/{id}").build(m.id().value()))
        .entity(MentorView.of(m)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One mentor with assignments and hours", responses = {
      @ApiResponse(responseCode = "200", description = "the mentor"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "404", description = "no such mentor the caller may see")})
  public MentorDetailView get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    return MentorDetailView.of(mentors.get(ActorPrincipal.of(sc), id), Language.of(headers));
  }

  @POST
  @Path("{id}/approve")
  @Operation(summary = "Approves an application (a leader of its school)", responses = {
      @ApiResponse(responseCode = "200", description = "the approved mentor"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages parent mentors"),
      @ApiResponse(responseCode = "404", description = "no such mentor at the caller's school"),
      @ApiResponse(responseCode = "409", description = "the mentor changed meanwhile"),
      @ApiResponse(responseCode = "422", description = "already decided (MENTOR_NOT_PENDING), 五(一)3")})
  public MentorView approve(@Context SecurityContext sc, @PathParam("id") String id) {
    return MentorView.of(mentors.approve(ActorPrincipal.of(sc), id));
  }

  @POST
  @Path("{id}/reject")
  @Operation(summary = "Rejects an application (a leader of its school)", responses = {
      @ApiResponse(responseCode = "200", description = "the rejected application"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages parent mentors"),
      @ApiResponse(responseCode = "404", description = "no such mentor at the caller's school"),
      @ApiResponse(responseCode = "409", description = "the mentor changed meanwhile"),
      @ApiResponse(responseCode = "422", description = "already decided (MENTOR_NOT_PENDING), 五(一)3")})
  public MentorView reject(@Context SecurityContext sc, @PathParam("id") String id) {
    return MentorView.of(mentors.reject(ActorPrincipal.of(sc), id));
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revokes an approval with a reason; the approval and the revocation are kept", responses = {
      @ApiResponse(responseCode = "200", description = "the revoked mentor"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages parent mentors"),
      @ApiResponse(responseCode = "404", description = "no such mentor at the caller's school"),
      @ApiResponse(responseCode = "409", description = "the mentor changed meanwhile"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "not approved (MENTOR_NOT_APPROVED), 五(一)3")})
  public MentorView revoke(@Context SecurityContext sc, @PathParam("id") String id,
      @Valid @NotNull RevokeRequest body) {
    return MentorView.of(mentors.revoke(ActorPrincipal.of(sc), new RevokeCommand(id, body.reason())));
  }

  @POST
  @Path("{id}/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Assigns an approved mentor to an after-school service, a club or a career session",
      responses = {
          @ApiResponse(responseCode = "201", description = "assigned"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller manages parent mentors"),
          @ApiResponse(responseCode = "404", description = "no such mentor at the caller's school"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "not approved or revoked (MENTOR_NOT_ACTIVE), before the "
              + "approval (MENTOR_BEFORE_APPROVAL) or ending before it starts (MENTOR_ASSIGNMENT_DATES), 五(一)3")})
  public Response assign(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("id") String id, @Valid @NotNull AssignRequest body) {
    MentorAssignment a = mentors.assign(ActorPrincipal.of(sc), new AssignCommand(id, body.kind(), body.title(),
        body.from(), body.to()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/parent-mentors/{id}").build(id))
        .entity(AssignmentView.of(a, Language.of(headers))).build();
  }

  @POST
  @Path("{id}/hours")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Logs an approved mentor's hours on one day (0.5 to 12, in half hours)", responses = {
      @ApiResponse(responseCode = "201", description = "logged"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller manages parent mentors"),
      @ApiResponse(responseCode = "404", description = "no such mentor at the caller's school"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "not approved or revoked (MENTOR_NOT_ACTIVE), a day before "
          + "the approval (MENTOR_BEFORE_APPROVAL) or in the future (MENTOR_HOURS_FUTURE), not in half hours "
          + "(MENTOR_HOURS_RANGE), 五(一)3")})
  public Response logHours(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
      @Valid @NotNull HoursRequest body) {
    MentorHours h = mentors.logHours(ActorPrincipal.of(sc), new LogHoursCommand(id, body.on(), body.hours(),
        body.note()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/parent-mentors/{id}").build(id))
        .entity(HoursView.of(h)).build();
  }
}
