package org.jiaolianti.adapters.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}), with the field errors of a 400 and,
 * for a 422, the refusing rule, its reason (also the {@code detail}) and the seed clause (API.md); a 500 carries only
 * a correlation id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
    List<FieldProblem> errors, String rule, String reason, String clause, String correlationId) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://jiaolianti.org/problems/";

  /** One invalid field: its path in the request ({@code schools[2].code}) and what is wrong. */
  public record FieldProblem(String field, String code, String message) {}
}
