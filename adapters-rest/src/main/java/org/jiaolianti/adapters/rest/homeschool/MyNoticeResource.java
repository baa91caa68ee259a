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
import jakarta.ws.rs.core.SecurityContext;
import org.jiaolianti.adapters.rest.homeschool.NoticeViews.InboxItemView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.homeschool.port.in.AnswerNoticeUseCase;
import org.jiaolianti.application.homeschool.port.in.AnswerNoticeUseCase.SignNoticeCommand;

/**
 * A guardian's notices (家长收件箱): their own receipts of released notices, newest first, with the children
 * each concerns; read, confirm (CLICK_TO_CONFIRM) or sign with their name (SIGN_TO_CONFIRM). Another
 * guardian's receipt is a 404; an action the notice's mode does not ask for is a 422.
 */
@Path("/api/v1/me/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "my notices", description = "家长收件箱 — a guardian's notices, read/confirm/sign")
public final class MyNoticeResource {

  private final AnswerNoticeUseCase inbox;

  public MyNoticeResource(AnswerNoticeUseCase inbox) {
    this.inbox = requireNonNull(inbox, "inbox");
  }

  /** The body of {@code POST /me/notices/{receiptId}/sign}: the guardian's name as recorded. */
  public record SignRequest(String name) {}

  @GET
  @Operation(summary = "The caller's notices (a guardian's own receipts), newest first", responses = {
      @ApiResponse(responseCode = "200", description = "a page of inbox items"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller is not a guardian")})
  public Page<InboxItemView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(inbox.inbox(ActorPrincipal.of(sc)), paging, InboxItemView::of);
  }

  @POST
  @Path("{receiptId}/read")
  @Operation(summary = "Marks the notice read (the first time counts)", responses = {
      @ApiResponse(responseCode = "200", description = "the receipt"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller is not a guardian"),
      @ApiResponse(responseCode = "404", description = "no such receipt of the caller's"),
      @ApiResponse(responseCode = "409", description = "the receipt changed concurrently")})
  public InboxItemView read(@Context SecurityContext sc, @PathParam("receiptId") String receiptId) {
    return InboxItemView.of(inbox.read(ActorPrincipal.of(sc), receiptId));
  }

  @POST
  @Path("{receiptId}/confirm")
  @Operation(summary = "Confirms a CLICK_TO_CONFIRM notice", responses = {
      @ApiResponse(responseCode = "200", description = "the confirmed receipt"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller is not a guardian"),
      @ApiResponse(responseCode = "404", description = "no such receipt of the caller's"),
      @ApiResponse(responseCode = "409", description = "the receipt changed concurrently"),
      @ApiResponse(responseCode = "422", description = "notice.confirmationMode: the notice asks for another action")})
  public InboxItemView confirm(@Context SecurityContext sc, @PathParam("receiptId") String receiptId) {
    return InboxItemView.of(inbox.confirm(ActorPrincipal.of(sc), receiptId));
  }

  @POST
  @Path("{receiptId}/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Signs a SIGN_TO_CONFIRM notice with the guardian's name as recorded", responses = {
      @ApiResponse(responseCode = "200", description = "the signed receipt"),
      @ApiResponse(responseCode = "400", description = "invalid body (name missing or too long)"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller is not a guardian"),
      @ApiResponse(responseCode = "404", description = "no such receipt of the caller's"),
      @ApiResponse(responseCode = "409", description = "the receipt changed concurrently"),
      @ApiResponse(responseCode = "415", description = "the body is not JSON"),
      @ApiResponse(responseCode = "422", description = "notice.confirmationMode or notice.signatureName")})
  public InboxItemView sign(@Context SecurityContext sc, @PathParam("receiptId") String receiptId,
      @NotNull SignRequest body) {
    return InboxItemView.of(inbox.sign(ActorPrincipal.of(sc), new SignNoticeCommand(receiptId, body.name())));
  }
}
