package org.jiaolianti.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.JiaoliantiException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.domain.shared.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become RFC 9457 problems, in the caller's language. A 500 says only
 * that something went wrong and gives a correlation id, which the log line carries with the cause:
 * no stack trace, SQL or class name ever reaches a caller.
 */
@Provider
public final class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
  /** Field messages in the application's wording, whichever validator found the violation. */
  private static final org.jiaolianti.application.shared.CommandValidator MESSAGES =
      new org.jiaolianti.application.shared.CommandValidator();

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * Frameworks register mappers of their own for validation and JSON errors; a mapper of the exact
   * type wins over them, so these two hand their exceptions to the one mapping above.
   */
  @Provider
  public static final class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      ProblemMapper mapper = new ProblemMapper();
      mapper.headers = headers;
      mapper.uri = uri;
      return mapper.toResponse(e);
    }
  }

  /** See {@link Validation}. */
  @Provider
  public static final class JsonErrors implements ExceptionMapper<JsonProcessingException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException e) {
      ProblemMapper mapper = new ProblemMapper();
      mapper.headers = headers;
      mapper.uri = uri;
      return mapper.toResponse(e);
    }
  }

  @Override
  public Response toResponse(Throwable e) {
    Language lang = Language.of(headers);
    Problem problem = problem(e, lang);
    Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
        .header(HttpHeaders.CONTENT_LANGUAGE, lang.tag());
    if (e instanceof NotAllowedException notAllowed) {
      response.allow(notAllowed.getResponse().getAllowedMethods());
    }
    if (problem.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    if (e instanceof RateLimit.RateLimited limited) {
      response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
    }
    return response.build();
  }

  private Problem problem(Throwable e, Language lang) {
    if (e instanceof RateLimit.RateLimited) {
      ApiProblem p = RateLimit.RateLimited.problem();
      return of(p.status(), p.type(), p.title(), p.detail(), p.errors(), lang);
    }
    if (e instanceof ApiProblem p) {
      return of(p.status(), p.type(), p.title(), p.detail(), p.errors(), lang);
    }
    if (e instanceof InvalidInputException invalid) {
      return of(400, "validation", Bilingual.of("请求参数无效", "invalid request"), invalid.text(), invalid.errors(), lang);
    }
    if (e instanceof NotFoundException notFound) {
      return of(404, "not-found", Bilingual.of("未找到", "not found"), notFound.text(), List.of(), lang);
    }
    if (e instanceof ForbiddenException forbidden) {
      return of(403, "forbidden", Bilingual.of("无权执行此操作", "forbidden"), forbidden.text(), List.of(), lang);
    }
    if (e instanceof ConflictException conflict) {
      return of(409, conflict.kind() == ConflictException.Kind.DUPLICATE ? "duplicate" : "conflict",
          Bilingual.of("与现有记录冲突", "conflict"), conflict.text(), List.of(), lang);
    }
    if (e instanceof RuleViolationException rule) {
      var d = rule.decision();
      return new Problem(Problem.TYPE_BASE + "rule-violation", lang.pick("政策规则不允许此操作", "refused by a policy rule"),
          422, lang.pick(d.reason()), path(), null, d.rule(), lang.pick(d.reason()),
          d.clause() == null ? null : d.clause().toString(), null);
    }
    if (e instanceof JiaoliantiException other && other.getClass().getSimpleName().equals("NotAuthenticatedException")) {
      return of(401, "unauthenticated", Bilingual.of("未认证", "not authenticated"), other.text(), List.of(), lang);
    }
    if (e instanceof ConstraintViolationException violations) {
      List<FieldError> errors = violations.getConstraintViolations().stream()
          .map(v -> new FieldError(field(v.getPropertyPath()), code(v), MESSAGES.message(v)))
          .sorted(java.util.Comparator.comparing(FieldError::field))
          .collect(Collectors.toList());
      return of(400, "validation", Bilingual.of("请求参数无效", "invalid request"),
          Bilingual.of("请求参数无效：" + fields(errors), "invalid request: " + fields(errors)), errors, lang);
    }
    if (e instanceof JsonProcessingException json) {
      return json(json, lang);
    }
    if (e instanceof WebApplicationException web) {
      return web(web, lang);
    }
    if (e instanceof IllegalArgumentException) {
      // a value the validation let through and a domain guard refused: the caller's input, but its message is internal
      return of(400, "validation", Bilingual.of("请求参数无效", "invalid request"),
          Bilingual.of("请求中的某个值不被接受", "a value in the request is not accepted"), List.of(), lang);
    }
    String id = UUID.randomUUID().toString();
    LOG.error("request {} failed, correlation id {}", path(), id, e);
    return new Problem(Problem.TYPE_BASE + "internal", lang.pick("服务器内部错误", "internal server error"), 500,
        lang.pick("服务器处理请求时出错，请将关联编号告知管理员", "the server failed to handle the request; give the correlation id to an administrator"),
        path(), null, null, null, null, id);
  }

  private Problem json(JsonProcessingException e, Language lang) {
    String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "body";
    FieldError error;
    if (e instanceof UnrecognizedPropertyException unknown) {
      error = new FieldError(field, "UnknownField", Bilingual.of("不认识的字段 " + unknown.getPropertyName(),
          "unknown field " + unknown.getPropertyName()));
    } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
      error = new FieldError(field, "UnknownValue", Bilingual.of("取值无效，可选：" + allowed, "invalid value; one of: " + allowed));
    } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      String type = typeName(mismatched.getTargetType());
      error = new FieldError(field, "WrongType", Bilingual.of("类型错误，应为" + type, "wrong type, expected " + type));
    } else {
      error = new FieldError("body", "MalformedJson", Bilingual.of("请求体不是有效的 JSON", "the body is not valid JSON"));
    }
    return of(400, "validation", Bilingual.of("请求参数无效", "invalid request"),
        Bilingual.of("请求参数无效：" + error.field(), "invalid request: " + error.field()), List.of(error), lang);
  }

  private Problem web(WebApplicationException e, Language lang) {
    int status = e.getResponse().getStatus();
    if (e instanceof NotAllowedException) {
      return of(405, "method-not-allowed", Bilingual.of("不支持的请求方法", "method not allowed"),
          Bilingual.of("此地址不支持该请求方法", "this resource does not support the method"), List.of(), lang);
    }
    if (e instanceof NotAcceptableException) {
      return of(406, "not-acceptable", Bilingual.of("无法提供所要求的格式", "not acceptable"),
          Bilingual.of("此地址只提供 JSON（部分另有 CSV）", "this resource offers JSON (some also CSV)"), List.of(), lang);
    }
    if (e instanceof NotSupportedException) {
      return of(415, "unsupported-media-type", Bilingual.of("不支持的请求体格式", "unsupported media type"),
          Bilingual.of("请求体须为 application/json", "the body must be application/json"), List.of(), lang);
    }
    if (status == 404) {
      return of(404, "not-found", Bilingual.of("未找到", "not found"), Bilingual.of("没有这个地址", "no such resource"),
          List.of(), lang);
    }
    if (status == 413) {
      return of(413, "payload-too-large", Bilingual.of("请求体过大", "payload too large"),
          Bilingual.of("请求体过大", "the request body is too large"), List.of(), lang);
    }
    if (status >= 400 && status < 500) {
      return of(status, "bad-request", Bilingual.of("请求无效", "bad request"),
          Bilingual.of("请求无效", "the request is not valid"), List.of(), lang);
    }
    String id = UUID.randomUUID().toString();
    LOG.error("request {} failed with {}, correlation id {}", path(), status, id, e);
    return new Problem(Problem.TYPE_BASE + "internal", lang.pick("服务器内部错误", "internal server error"), 500,
        lang.pick("服务器处理请求时出错，请将关联编号告知管理员", "the server failed to handle the request; give the correlation id to an administrator"),
        path(), null, null, null, null, id);
  }

  private Problem of(int status, String type, Bilingual title, Bilingual detail, List<FieldError> errors, Language lang) {
    List<Problem.FieldProblem> fields = errors.isEmpty() ? null : errors.stream()
        .map(f -> new Problem.FieldProblem(f.field(), f.code(), lang.pick(f.message()))).toList();
    return new Problem(Problem.TYPE_BASE + type, lang.pick(title), status, lang.pick(detail), path(), fields, null, null,
        null, null);
  }

  private String path() {
    return uri == null ? null : "/" + uri.getPath();
  }

  private static String fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
  }

  /** A violation's path without the method and parameter prefix Jersey adds ({@code register.arg0.name} → {@code name}). */
  static String field(Path path) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
          // not part of the request
        }
        case PARAMETER -> parts.clear();
        default -> {
          String name = node.getName();
          String index = node.getIndex() != null ? "[" + node.getIndex() + "]" : node.getKey() != null ? "[" + node.getKey() + "]" : "";
          if (name == null || name.startsWith("<")) {
            if (!parts.isEmpty() && !index.isEmpty()) {
              parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
            }
          } else {
            if (!parts.isEmpty() && !index.isEmpty()) {
              parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
            }
            parts.add(name);
          }
        }
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts);
  }

  private static String code(ConstraintViolation<?> v) {
    return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  private static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String typeName(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    if (type == String.class || type.isEnum() || type.getName().startsWith("java.time")) {
      return "string";
    }
    return "object";
  }
}
