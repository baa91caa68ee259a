package org.jiaolianti.adapters.rest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiaolianti.adapters.rest.testing.MatrixWorld.Side;
import org.jiaolianti.adapters.rest.testing.MatrixWorld.Subject;
import org.jiaolianti.domain.access.Role;

/**
 * The access matrix: one declarative {@link Row} per endpoint, with the expected outcome for every role (the
 * {@link #COLUMNS}) on an own and a foreign subject, and the JSON field names a role may not see. The expectations
 * are written from the issue's "Who sees what" and {@code docs/access.md}, never read from the code.
 *
 * <p>A row: {@code row(METHOD, "/api/v1/path/{key}?q={key}", "cells")}, then optionally {@code .body(...)},
 * {@code .hides(fields, roles...)}, {@code .hidesFromAll(fields...)}, {@code .deniedAs403()},
 * {@code .ifMatch()}. Path and body templates name records of the {@link MatrixWorld} by key in braces
 * ({@code {student}}, {@code {school}}, {@code {freshConsent}} …). The cells are twelve {@code own/foreign} pairs
 * in {@link #COLUMNS} order:
 * <ul>
 *   <li>{@code A} allowed (2xx; the body is checked for hidden fields),
 *   <li>{@code 4} not found (404: a permitted role outside its need to know, as for an unknown id),
 *   <li>{@code 3} forbidden (403),
 *   <li>{@code R} refused by the rules (422): the role acts on the record but this step is not its to take (a
 *       referral step of the other side is {@code REFERRAL_WRONG_SIDE}, docs/access.md),
 *   <li>{@code -} the role never may: 403 if the role sees the subject's school (API.md: "403 the caller can see the
 *       resource but may not do this"; {@link #SEES}), else 404 — or always 403 for a row marked
 *       {@link Row#deniedAs403()} (a district-wide resource, or an endpoint that refuses the role before it looks
 *       anything up, which tells nothing about which ids exist).
 * </ul>
 */
public final class AccessMatrix {

  /** The columns of every row, one per role; {@link #checkColumns()} fails when a role is added without one. */
  public static final List<Role> COLUMNS = List.of(Role.DISTRICT_ADMIN, Role.DISTRICT_MH_OFFICER,
      Role.UNIT_OFFICER, Role.ZONE_COORDINATOR, Role.SCHOOL_ADMIN, Role.TEACHER, Role.COUNSELLOR, Role.GUARDIAN,
      Role.PARTNER_STAFF, Role.CLINICIAN, Role.AUDITOR, Role.USER_ADMIN);

  /**
   * Whether each caller of the {@link MatrixWorld} sees the own (school A) and the foreign (school B) subject's
   * school at all, from {@code docs/access.md} "What a scope reaches": district-wide roles see both; a zone's
   * coordinator, a school's staff, a guardian and a partner docking with school A see school A only; a clinician
   * sees no school (CLINICIAN has no school-level action in this issue).
   */
  public static final Map<Role, Set<Side>> SEES = sees();

  private static final Pattern KEY = Pattern.compile("\\{([A-Za-z]+)}");

  private AccessMatrix() {}

  private static Map<Role, Set<Side>> sees() {
    Map<Role, Set<Side>> sees = new EnumMap<>(Role.class);
    for (Role r : List.of(Role.DISTRICT_ADMIN, Role.DISTRICT_MH_OFFICER, Role.UNIT_OFFICER, Role.AUDITOR,
        Role.USER_ADMIN)) {
      sees.put(r, Set.of(Side.OWN, Side.FOREIGN));
    }
    for (Role r : List.of(Role.ZONE_COORDINATOR, Role.SCHOOL_ADMIN, Role.TEACHER, Role.COUNSELLOR, Role.GUARDIAN,
        Role.PARTNER_STAFF)) {
      sees.put(r, Set.of(Side.OWN));
    }
    sees.put(Role.CLINICIAN, Set.of());
    return sees;
  }

  /** Fails unless the columns are exactly the roles, each once. */
  public static void checkColumns() {
    if (COLUMNS.size() != Role.values().length || !Set.copyOf(COLUMNS).equals(Set.of(Role.values()))
        || !SEES.keySet().equals(Set.of(Role.values()))) {
      throw new AssertionError("the access matrix needs one column (and one SEES entry) per role: "
          + Arrays.toString(Role.values()));
    }
  }

  /** What a request gets. */
  public enum Outcome {
    ALLOW, FORBIDDEN, NOT_FOUND, REFUSED;

    public boolean matches(int status) {
      return switch (this) {
        case ALLOW -> status >= 200 && status < 300;
        case FORBIDDEN -> status == 403;
        case NOT_FOUND -> status == 404;
        case REFUSED -> status == 422;
      };
    }
  }

  /** Makes a body for a caller of {@code role} on {@code subject}. */
  @FunctionalInterface
  public interface Body extends BiFunction<Role, Subject, String> {}

  /** A body template with {@code {key}} placeholders, the same for every role. */
  public static Body json(String template) {
    return (role, subject) -> resolve(template, subject);
  }

  /** {@code template} with every {@code {key}} replaced by the subject's id of that key. */
  public static String resolve(String template, Subject subject) {
    Matcher m = KEY.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(subject.id(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  public static Row row(String method, String path, String cells) {
    return new Row(method, path, cells);
  }

  /** One endpoint of the matrix. */
  public static final class Row {
    private final String method;
    private final String path;
    private final Map<Role, Outcome[]> cells = new EnumMap<>(Role.class);
    private final Map<Role, Set<String>> hidden = new EnumMap<>(Role.class);
    private Body body;
    private boolean deniedAs403;
    private boolean ifMatch;

    private Row(String method, String path, String cells) {
      this.method = method;
      this.path = path;
      String[] pairs = cells.strip().split("\\s+");
      if (pairs.length != COLUMNS.size()) {
        throw new IllegalArgumentException(method + " " + path + ": " + pairs.length + " cells, want "
            + COLUMNS.size() + " (one own/foreign pair per role)");
      }
      for (int i = 0; i < pairs.length; i++) {
        String[] pair = pairs[i].split("/");
        if (pair.length != 2 || !pair[0].matches("[A34R-]") || !pair[1].matches("[A34R-]")) {
          throw new IllegalArgumentException(method + " " + path + ": bad cell " + pairs[i] + " for " + COLUMNS.get(i));
        }
        this.cells.put(COLUMNS.get(i), new Outcome[] {outcome(pair[0]), outcome(pair[1])});
      }
      for (Role r : Role.values()) {
        hidden.put(r, new TreeSet<>());
      }
    }

    private static Outcome outcome(String code) {
      return switch (code) {
        case "A" -> Outcome.ALLOW;
        case "3" -> Outcome.FORBIDDEN;
        case "4" -> Outcome.NOT_FOUND;
        case "R" -> Outcome.REFUSED;
        default -> null; // "-": decided by deniedAs403 and SEES when asked
      };
    }

    /** The request body (a POST); none by default. */
    public Row body(Body body) {
      this.body = body;
      return this;
    }

    /** A role that never may is refused with 403 whatever the subject (a district-wide resource, or a list). */
    public Row deniedAs403() {
      this.deniedAs403 = true;
      return this;
    }

    /**
     * Sends {@code If-Match: *} (any version): a change that requires If-Match answers 428 without one, before it
     * decides who may; the matrix is about who may.
     */
    public Row ifMatch() {
      this.ifMatch = true;
      return this;
    }

    public boolean sendsIfMatch() {
      return ifMatch;
    }

    /** {@code roles} must never get a JSON field named like one of {@code fields} (comma-separated). */
    public Row hides(String fields, Role... roles) {
      for (Role r : roles) {
        hidden.get(r).addAll(List.of(fields.split(",\\s*")));
      }
      return this;
    }

    /** No role gets a JSON field named like one of {@code fields} (comma-separated). */
    public Row hidesFromAll(String fields) {
      return hides(fields, Role.values());
    }

    public String method() {
      return method;
    }

    public String path() {
      return path;
    }

    public String name() {
      return method + " " + path;
    }

    public String body(Role role, Subject subject) {
      return body == null ? null : body.apply(role, subject);
    }

    public Outcome expected(Role role, Side side) {
      Outcome o = cells.get(role)[side.ordinal()];
      if (o != null) {
        return o;
      }
      return deniedAs403 || SEES.get(role).contains(side) ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
    }

    public Set<String> hiddenFrom(Role role) {
      return hidden.get(role);
    }

    /** The endpoint's method and path with every placeholder as {@code {}} and no query: what a resource declares. */
    public String endpoint() {
      return normalise(method, path);
    }
  }

  /** {@code METHOD /path} with placeholders as {@code {}}, no query string, no trailing slash. */
  public static String normalise(String method, String path) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    p = ("/" + p).replaceAll("\\{[^}]+}", "{}").replaceAll("/+", "/");
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return method + " " + p;
  }

  /**
   * Every endpoint ({@code METHOD /path}, placeholders as {@code {}}) the resources declare under one of
   * {@code prefixes} and under none of {@code excluded}.
   */
  public static Set<String> endpointsUnder(List<Object> resources, List<String> prefixes, List<String> excluded) {
    Set<String> endpoints = new LinkedHashSet<>();
    for (Object resource : resources) {
      Path classPath = resource.getClass().getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method m : resource.getClass().getMethods()) {
        for (Annotation a : m.getAnnotations()) {
          HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
          if (http == null) {
            continue;
          }
          Path sub = m.getAnnotation(Path.class);
          String endpoint = normalise(http.value(), classPath.value() + (sub == null ? "" : "/" + sub.value()));
          String path = endpoint.substring(endpoint.indexOf(' ') + 1);
          if (prefixes.stream().anyMatch(p -> under(path, normalisePath(p)))
              && excluded.stream().noneMatch(p -> under(path, normalisePath(p)))) {
            endpoints.add(endpoint);
          }
        }
      }
    }
    return endpoints;
  }

  private static String normalisePath(String path) {
    String n = normalise("X", path);
    return n.substring(2);
  }

  private static boolean under(String path, String prefix) {
    String p = "/" + path.replaceAll("^/+", "");
    return p.equals(prefix) || p.startsWith(prefix + "/");
  }

  /** The dotted paths of every field of {@code json} whose name is in {@code names} (non-null values only). */
  public static List<String> fieldsNamed(JsonNode json, Set<String> names) {
    List<String> found = new ArrayList<>();
    walk(json, "$", names, found);
    return found;
  }

  private static void walk(JsonNode node, String at, Set<String> names, List<String> found) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (names.contains(e.getKey()) && !e.getValue().isNull()) {
          found.add(at + "." + e.getKey());
        }
        walk(e.getValue(), at + "." + e.getKey(), names, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "[" + i + "]", names, found);
      }
    }
  }
}
