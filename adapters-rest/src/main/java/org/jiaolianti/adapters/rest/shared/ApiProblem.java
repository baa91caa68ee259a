package org.jiaolianti.adapters.rest.shared;

import java.util.List;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * A failure the HTTP layer itself detects (a bad query parameter, a missing If-Match, a body over the
 * limit, no token), mapped to a problem by {@link ProblemMapper} like every other failure.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final transient Bilingual title;
  private final transient Bilingual detail;
  private final transient List<FieldError> errors;

  public ApiProblem(int status, String type, Bilingual title, Bilingual detail, List<FieldError> errors) {
    super(detail.en());
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = List.copyOf(errors);
  }

  public static ApiProblem badParameter(String field, String code, String zh, String en) {
    return new ApiProblem(400, "validation", Bilingual.of("请求参数无效", "invalid request"),
        Bilingual.of("请求参数无效：" + field, "invalid request: " + field),
        List.of(new FieldError(field, code, Bilingual.of(zh, en))));
  }

  public static ApiProblem unauthenticated(String zh, String en) {
    return new ApiProblem(401, "unauthenticated", Bilingual.of("未认证", "not authenticated"), Bilingual.of(zh, en),
        List.of());
  }

  public static ApiProblem preconditionRequired() {
    return new ApiProblem(428, "precondition-required", Bilingual.of("缺少 If-Match 请求头", "If-Match required"),
        Bilingual.of("修改前须在 If-Match 中给出读取时的 ETag", "send the ETag you read in If-Match to change this record"),
        List.of());
  }

  public static ApiProblem preconditionFailed() {
    return new ApiProblem(412, "precondition-failed", Bilingual.of("记录已被修改", "record changed"),
        Bilingual.of("记录在读取后已被他人修改，请重新读取后再试", "the record changed since you read it; read it again and retry"),
        List.of());
  }

  public static ApiProblem tooLarge(long limit) {
    return new ApiProblem(413, "payload-too-large", Bilingual.of("请求体过大", "payload too large"),
        Bilingual.of("请求体不得超过 " + limit + " 字节", "the request body must not exceed " + limit + " bytes"), List.of());
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public Bilingual title() {
    return title;
  }

  public Bilingual detail() {
    return detail;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
