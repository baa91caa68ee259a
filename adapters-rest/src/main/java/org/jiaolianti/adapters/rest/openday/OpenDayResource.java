package org.jiaolianti.adapters.rest.openday;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.time.LocalTime;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase.BookCommand;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase.CancelCommand;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase.ScheduleCommand;
import org.jiaolianti.application.openday.port.in.OpenDaysUseCase.SlotCommand;
import org.jiaolianti.domain.openday.Booking;
import org.jiaolianti.domain.openday.OpenDay;
import org.jiaolianti.domain.openday.OpenDayKind;
import org.jiaolianti.domain.openday.OpenDaySlot;

/**
 * Parent open days (家长开放日, 五(一)3) and reception days (家长接待日, 三(三)2). A school's leaders schedule a day with
 * slots and read its bookings; a guardian books one slot per day for a child attending that school (another
 * school's day or another family's child: 404) and cancels until the slot starts or the day's cut-off. A full slot
 * is a 422 OPEN_DAY_SLOT_FULL; a slot is never booked beyond its capacity, however many book at once.
 * {@code Idempotency-Key} makes a retried booking harmless.
 */
@Path("/api/v1/open-days")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open-days", description = "家长开放日与家长接待日 — parent open days and reception days")
public final class OpenDayResource {

  private final OpenDaysUseCase days;

  public OpenDayResource(OpenDaysUseCase days) {
    this.days = requireNonNull(days, "days");
  }

  /** One slot of {@code POST /open-days}. */
  public record SlotRequest(@NotNull LocalTime start, @NotNull LocalTime end,
      @Min(1) @Max(OpenDaySlot.MAX_CAPACITY) int capacity) {}

  /** The body of {@code POST /open-days}. */
  public record ScheduleRequest(@NotBlank String schoolId, @NotNull OpenDayKind kind,
      @NotBlank @Size(max = OpenDay.MAX_TITLE) String title, @NotNull LocalDate date,
      @NotBlank @Size(max = OpenDay.MAX_PLACE) String place, Instant bookingClosesAt,
      @NotEmpty @Size(max = OpenDay.MAX_SLOTS) List<@Valid @NotNull SlotRequest> slots) {}

  /** The body of {@code POST /open-days/{id}/bookings}. */
  public record BookRequest(@NotBlank @Size(max = 64) String slotId, @NotBlank String studentId) {}

  /** A slot with its free places. */
  public record SlotView(String id, LocalTime start, LocalTime end, int capacity, int booked, int remaining) {
    static SlotView of(OpenDaySlot s) {
      return new SlotView(s.id(), s.start(), s.end(), s.capacity(), s.booked(), s.remaining());
    }
  }

  /** An open day or reception day. */
  public record OpenDayView(String id, String schoolId, String kind, String kindLabel, String title, LocalDate date,
      String place, Instant bookingClosesAt, List<SlotView> slots, String createdBy, Instant createdAt,
      String clause) {
    static OpenDayView of(OpenDay d, Language lang) {
      return new OpenDayView(d.id().value(), d.school().value(), d.kind().name(), lang.pick(d.kind().label()),
          d.title(), d.date(), d.place(), d.bookingClosesAt(), d.slots().stream().map(SlotView::of).toList(),
          d.createdBy().value(), d.createdAt(), d.kind().clause().value());
    }
  }

  /** A booking. */
  public record BookingView(String id, String openDayId, String slotId, String guardianId, String studentId,
      String status, Instant bookedAt, String bookedBy, Instant cancelledAt, String cancelledBy, long version) {
    static BookingView of(Booking b) {
      return new BookingView(b.id().value(), b.openDay().value(), b.slot(), b.guardian().value(),
          b.student().value(), b.status().name(), b.bookedAt(), b.bookedBy().value(), b.cancelledAt(),
          b.cancelledBy() == null ? null : b.cancelledBy().value(), b.version());
    }
  }

  @GET
  @Operation(summary = "The open days and reception days the caller sees, by date (school staff: their school's; "
      + "a guardian: their children's schools; the district: all)", responses = {
          @ApiResponse(responseCode = "200", description = "a page of days"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads open days")})
  public Page<OpenDayView> list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Language lang = Language.of(headers);
    return Page.of(days.list(ActorPrincipal.of(sc)), paging, d -> OpenDayView.of(d, lang));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Schedules an open day or reception day with its slots (a leader of the school)", responses = {
      @ApiResponse(responseCode = "201", description = "scheduled; Location names the day"),
      @ApiResponse(responseCode = "400", description = "invalid body (one error per field, e.g. slots[0].end)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the school but may not schedule for it"),
      @ApiResponse(responseCode = "404", description = "no such school in the caller's scope"),
      @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "a past day (OPEN_DAY_IN_PAST), 五(一)3 or 三(三)2; or the "
          + "Idempotency-Key was used with another body")})
  public Response schedule(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull ScheduleRequest body) {
    OpenDay d = days.schedule(ActorPrincipal.of(sc), new ScheduleCommand(body.schoolId(), body.kind(), body.title(),
        body.date(), body.place(), body.bookingClosesAt(), body.slots().stream()
            .map(s -> new SlotCommand(s.start(), s.end(), s.capacity())).toList()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/open-days/{id}").build(d.id().value()))
        .entity(OpenDayView.of(d, Language.of(headers))).build();
  }

  @GET
  @Path("my-bookings")
  @Operation(summary = "The caller's own bookings as a guardian, by time of booking", responses = {
      @ApiResponse(responseCode = "200", description = "a page of bookings"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller is no guardian")})
  public Page<BookingView> myBookings(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(days.myBookings(ActorPrincipal.of(sc)), paging, BookingView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One day with its slots and free places", responses = {
      @ApiResponse(responseCode = "200", description = "the day"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "404", description = "no such day the caller may see")})
  public OpenDayView get(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id) {
    return OpenDayView.of(days.get(ActorPrincipal.of(sc), id), Language.of(headers));
  }

  @GET
  @Path("{id}/bookings")
  @Operation(summary = "The day's bookings, cancelled ones included (the school's leaders)", responses = {
      @ApiResponse(responseCode = "200", description = "a page of bookings"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the day but may not read its bookings"),
      @ApiResponse(responseCode = "404", description = "no such day the caller may see")})
  public Page<BookingView> bookings(@Context SecurityContext sc, @PathParam("id") String id,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(days.bookings(ActorPrincipal.of(sc), id), paging, BookingView::of);
  }

  @POST
  @Path("{id}/bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A guardian books a slot for a child attending the day's school: one booking per guardian "
      + "per day, until the slot starts or the day's cut-off", responses = {
          @ApiResponse(responseCode = "201", description = "booked, with Location"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the day but is no guardian"),
          @ApiResponse(responseCode = "404", description = "no such day, slot or child of the caller at that school"),
          @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the slot is full (OPEN_DAY_SLOT_FULL), booking closed "
              + "(OPEN_DAY_BOOKING_CLOSED), already booked this day (OPEN_DAY_ALREADY_BOOKED), with the clause "
              + "五(一)3 or 三(三)2; or the Idempotency-Key was used with another body")})
  public Response book(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
      @Valid @NotNull BookRequest body) {
    Booking b = days.book(ActorPrincipal.of(sc), new BookCommand(id, body.slotId(), body.studentId()));
    return Response.created(uri.getAbsolutePathBuilder().path(b.id().value()).build())
        .entity(BookingView.of(b)).build();
  }

  @POST
  @Path("{id}/bookings/{bookingId}/cancel")
  @Operation(summary = "A guardian cancels their own booking until the slot starts (or the day's cut-off); a "
      + "cancelled booking is kept and returned again as it is", responses = {
          @ApiResponse(responseCode = "200", description = "the cancelled booking"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not book open days"),
          @ApiResponse(responseCode = "404", description = "no such day or booking of the caller"),
          @ApiResponse(responseCode = "409", description = "the booking changed meanwhile, or the same "
              + "Idempotency-Key is in flight"),
          @ApiResponse(responseCode = "422", description = "too late (OPEN_DAY_BOOKING_CLOSED), 五(一)3 or 三(三)2; "
              + "or the Idempotency-Key was used with another body")})
  public BookingView cancel(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("bookingId") String bookingId) {
    return BookingView.of(days.cancel(ActorPrincipal.of(sc), new CancelCommand(id, bookingId)));
  }
}
