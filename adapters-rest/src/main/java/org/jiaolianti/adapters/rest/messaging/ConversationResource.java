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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiaolianti.adapters.rest.messaging.MessagingViews.ConversationView;
import org.jiaolianti.adapters.rest.messaging.MessagingViews.MessageView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.messaging.port.in.ConverseUseCase;
import org.jiaolianti.application.messaging.port.in.ConverseUseCase.OpenConversationCommand;
import org.jiaolianti.application.messaging.port.in.ConverseUseCase.SendMessageCommand;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.messaging.Conversation;
import org.jiaolianti.domain.messaging.Message;

/**
 * Teacher–guardian conversations about one student (五(一)2: 在线沟通). Messages are never edited or deleted
 * (no PUT, PATCH or DELETE: 405); a mistake is corrected by a new message with {@code corrects}.
 */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conversations", description = "家校沟通 — teacher–guardian conversations about one student")
public final class ConversationResource {

  private static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  private final ConverseUseCase conversations;

  public ConversationResource(ConverseUseCase conversations) {
    this.conversations = requireNonNull(conversations, "conversations");
  }

  /** The body of {@code POST /conversations}: about which student, a subject and the first message. */
  public record OpenConversationRequest(
      @NotNull @Pattern(regexp = ID) String studentId,
      @NotBlank @Size(max = 200) String subject,
      @NotBlank @Size(max = Message.MAX_BODY) String message) {}

  /** The body of {@code POST /conversations/{id}/messages}; {@code corrects} makes it a correction. */
  public record SendMessageRequest(
      @NotBlank @Size(max = Message.MAX_BODY) String body,
      @Pattern(regexp = ID) String corrects) {}

  @GET
  @Operation(summary = "The caller's conversations: about their children (guardian), the students of their classes "
      + "(teacher) or of their school (school leader), newest first", responses = {
          @ApiResponse(responseCode = "200", description = "a page of conversations"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller converses with families")})
  public Page<ConversationView> mine(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(conversations.mine(ActorPrincipal.of(sc)), paging, ConversationView::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Opens a conversation about a student with its first message (a guardian about their own "
      + "child, a teacher about a student of their class, a school leader about a student of their school)",
      responses = {
          @ApiResponse(responseCode = "201", description = "opened; Location names the conversation"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller converses with families"),
          @ApiResponse(responseCode = "404", description = "no such student among the caller's children or classes"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response open(@Context SecurityContext sc, @Context UriInfo uri, @Valid @NotNull OpenConversationRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    Conversation c = conversations.open(actor, new OpenConversationCommand(body.studentId(), body.subject(),
        body.message()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/conversations/{id}").build(c.id().value()))
        .entity(ConversationView.of(c)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One conversation the caller takes part in", responses = {
      @ApiResponse(responseCode = "200", description = "the conversation"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller converses with families"),
      @ApiResponse(responseCode = "404", description = "no such conversation the caller takes part in")})
  public ConversationView get(@Context SecurityContext sc, @PathParam("id") String id) {
    return ConversationView.of(conversations.conversation(ActorPrincipal.of(sc), id));
  }

  @GET
  @Path("{id}/messages")
  @Operation(summary = "Its messages in the order sent; each names the message it corrects and the messages "
      + "correcting it", responses = {
          @ApiResponse(responseCode = "200", description = "a page of messages"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller converses with families"),
          @ApiResponse(responseCode = "404", description = "no such conversation the caller takes part in")})
  public Page<MessageView> messages(@Context SecurityContext sc, @Context HttpHeaders headers,
      @PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    List<Message> all = conversations.messages(ActorPrincipal.of(sc), id);
    Map<String, List<String>> corrections = new HashMap<>();
    for (Message m : all) {
      if (m.corrects() != null) {
        corrections.computeIfAbsent(m.corrects().value(), k -> new ArrayList<>()).add(m.id().value());
      }
    }
    Language lang = Language.of(headers);
    return Page.of(all, paging, m -> MessageView.of(m, corrections, lang));
  }

  @GET
  @Path("{id}/messages/{messageId}")
  @Operation(summary = "One message (it cannot be changed or deleted: PUT, PATCH and DELETE answer 405)",
      responses = {
          @ApiResponse(responseCode = "200", description = "the message"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller converses with families"),
          @ApiResponse(responseCode = "404", description = "no such message in a conversation the caller takes part in")})
  public MessageView message(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @PathParam("messageId") String messageId) {
    List<Message> all = conversations.messages(ActorPrincipal.of(sc), id);
    Map<String, List<String>> corrections = new HashMap<>();
    all.stream().filter(m -> m.corrects() != null && m.corrects().value().equals(messageId))
        .forEach(m -> corrections.computeIfAbsent(messageId, k -> new ArrayList<>()).add(m.id().value()));
    return all.stream().filter(m -> m.id().value().equals(messageId)).findFirst()
        .map(m -> MessageView.of(m, corrections, Language.of(headers)))
        .orElseThrow(() -> new NotFoundException("message", messageId));
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sends a message; with corrects, a correction of one's own earlier message of this "
      + "conversation (the original stays as it was)", responses = {
          @ApiResponse(responseCode = "201", description = "sent; Location names the message"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller converses with families"),
          @ApiResponse(responseCode = "404", description = "no such conversation the caller takes part in, or no "
              + "such message in it to correct"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the corrected message is someone else's "
              + "(CORRECTION_OWN_MESSAGE, 五(一)2)")})
  public Response send(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @PathParam("id") String id, @Valid @NotNull SendMessageRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    Message m = conversations.send(actor, new SendMessageCommand(id, body.body(), body.corrects()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/conversations/{id}/messages/{messageId}")
            .build(m.conversation().value(), m.id().value()))
        .entity(MessageView.of(m, Map.of(), Language.of(headers))).build();
  }
}
