package org.jiaolianti.application.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Validates commands (Bean Validation annotations on the command records) before any domain object
 * is built, and turns violations into one {@link InvalidInputException} with a bilingual message per
 * field. Our own messages live in {@code org/jiaolianti/application/ValidationMessages*.properties},
 * so they never clash with an embedding application's bundle.
 */
public final class CommandValidator {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Locale EN = Locale.ENGLISH;

  private final Validator validator;
  private final MessageInterpolator interpolator;

  public CommandValidator() {
    this.interpolator = new ResourceBundleMessageInterpolator(
        new PlatformResourceBundleLocator("org/jiaolianti/application/ValidationMessages"));
    ValidatorFactory factory = Validation.byDefaultProvider().configure().messageInterpolator(interpolator)
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** Throws {@link InvalidInputException} if {@code command} (which must not be null) is invalid. */
  public <T> T validate(T command) {
    if (command == null) {
      throw InvalidInputException.of("body", "NotNull", "请求内容不能为空", "the request has no content");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(toErrors(violations));
    }
    return command;
  }

  /**
   * A violation's message in Chinese and English, from the application's message bundle: for
   * adapters that validate with their own validator (the REST adapter's request bodies) and want the
   * same wording as the use cases.
   */
  public Bilingual message(ConstraintViolation<?> violation) {
    return Bilingual.of(interpolate(violation, ZH), interpolate(violation, EN));
  }

  private List<FieldError> toErrors(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessageTemplate))
        .map(v -> new FieldError(field(v), code(v), message(v)))
        .collect(Collectors.toList());
  }

  /** The field path as a caller wrote it: {@code schoolIds[1]}, not Hibernate's {@code schoolIds[1].<list element>}. */
  private static String field(ConstraintViolation<?> v) {
    return v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
  }

  private static String code(ConstraintViolation<?> v) {
    return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  private String interpolate(ConstraintViolation<?> v, Locale locale) {
    MessageInterpolator.Context context = new MessageInterpolator.Context() {
      @Override
      public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
        return v.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return v.getInvalidValue();
      }

      @Override
      public <U> U unwrap(Class<U> type) {
        throw new UnsupportedOperationException("unwrap");
      }
    };
    return interpolator.interpolate(v.getMessageTemplate(), context, locale);
  }
}
