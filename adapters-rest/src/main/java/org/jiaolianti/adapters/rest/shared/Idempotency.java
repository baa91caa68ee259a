package org.jiaolianti.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * {@code Idempotency-Key} on writes (API.md): a POST or PATCH retried with the same key and the same
 * body gets the first result again ({@code Idempotent-Replayed: true}) and creates nothing new; the
 * same key with another body is a 422; while the first is still running, a 409. Keys belong to the
 * caller (two users never share one) and are kept for 24 hours, at most {@link #CAPACITY} of them,
 * in this server's memory. A failed request (5xx) keeps nothing, so it can be retried.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public final class Idempotency implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  static final int CAPACITY = 10_000;
  static final Duration KEPT = Duration.ofHours(24);
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
  private static final String SLOT = Idempotency.class.getName() + ".slot";
  private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
      HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE);

  /** A stored first result, or (response null) a request still running. */
  private record Entry(String bodyHash, long storedAt, Integer status, Map<String, String> headers, byte[] body) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false);

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    String method = request.getMethod();
    if (key == null || !(method.equals("POST") || method.equals("PATCH"))) {
      return;
    }
    if (!KEY.matcher(key).matches()) {
      throw ApiProblem.badParameter(HEADER, "Pattern", "Idempotency-Key 须为 1–100 个字母、数字或 _.:-",
          "Idempotency-Key must be 1-100 letters, digits or _.:-");
    }
    String caller = request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null
        ? "" : request.getSecurityContext().getUserPrincipal().getName();
    String slot = caller + "\n" + method + "\n" + request.getUriInfo().getPath() + "\n" + key;
    String hash = hashBody(request);
    long now = System.currentTimeMillis();
    synchronized (entries) {
      entries.values().removeIf(e -> now - e.storedAt() > KEPT.toMillis());
      Entry entry = entries.get(slot);
      if (entry != null) {
        if (!entry.bodyHash().equals(hash)) {
          throw new ApiProblem(422, "idempotency-key-reused", Bilingual.of("幂等键已用于另一请求", "idempotency key reused"),
              Bilingual.of("此 Idempotency-Key 已用于内容不同的请求", "this Idempotency-Key was used with a different body"),
              List.of());
        }
        if (entry.status() == null) {
          throw new ApiProblem(409, "conflict", Bilingual.of("请求仍在处理", "request in progress"),
              Bilingual.of("使用此 Idempotency-Key 的请求仍在处理，请稍后重试", "a request with this Idempotency-Key is still running; retry later"),
              List.of());
        }
        Response.ResponseBuilder replay = Response.status(entry.status()).entity(entry.body())
            .header("Idempotent-Replayed", "true");
        entry.headers().forEach(replay::header);
        request.abortWith(replay.build());
        return;
      }
      if (entries.size() >= CAPACITY) {
        entries.remove(entries.keySet().iterator().next());
      }
      entries.put(slot, new Entry(hash, now, null, Map.of(), null));
    }
    request.setProperty(SLOT, slot);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object slot = request.getProperty(SLOT);
    if (!(slot instanceof String key)) {
      return;
    }
    synchronized (entries) {
      Entry running = entries.get(key);
      if (running == null) {
        return;
      }
      if (response.getStatus() >= 500) {
        entries.remove(key);
        return;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String name : REPLAYED_HEADERS) {
        String value = response.getHeaderString(name);
        if (value != null) {
          headers.put(name, value);
        }
      }
      entries.put(key, new Entry(running.bodyHash(), System.currentTimeMillis(), response.getStatus(), headers,
          body(response.getEntity())));
    }
  }

  private static byte[] body(Object entity) {
    if (entity == null) {
      return new byte[0];
    }
    if (entity instanceof byte[] bytes) {
      return bytes;
    }
    if (entity instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Json.MAPPER.writeValueAsBytes(entity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body's SHA-256; the stream is put back for the resource. */
  private static String hashBody(ContainerRequestContext request) {
    try {
      byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
      request.setEntityStream(new ByteArrayInputStream(body));
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
