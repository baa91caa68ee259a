package org.jiaolianti.application.shared;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.jiaolianti.domain.shared.Bilingual;

/** The input is malformed or invalid; one {@link FieldError} per field. Nothing was written. */
public final class InvalidInputException extends JiaoliantiException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(Bilingual.of("请求参数无效：" + errors.stream().map(FieldError::field).collect(Collectors.joining("、")),
        "invalid input: " + errors.stream().map(FieldError::field).collect(Collectors.joining(", "))));
    this.errors = ImmutableList.copyOf(errors);
  }

  public static InvalidInputException of(String field, String code, String zh, String en) {
    return new InvalidInputException(List.of(new FieldError(field, code, Bilingual.of(zh, en))));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
