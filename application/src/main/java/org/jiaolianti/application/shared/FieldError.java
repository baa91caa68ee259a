package org.jiaolianti.application.shared;

import static java.util.Objects.requireNonNull;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * One invalid field of a command: its path ({@code name}, {@code members[2].kind}), a stable code for
 * machines ({@code NotBlank}, {@code Pattern}, {@code DateOrder}), and the message in Chinese and English.
 */
public record FieldError(String field, String code, Bilingual message) {
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }
}
